// `sitrep serve`: the HTTP API and the web page over a store (loopback by default):
//   sitrep serve --store sitrep.db --port 8080   then open http://127.0.0.1:8080/
#include <csignal>
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.h"
#include "serve/server.h"

namespace sitrep::cli {
namespace {

struct ServeFlags {
  std::string store = "sitrep.db";
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web;
};

serve::Server* running = nullptr;

void OnSignal(int) {
  if (running) running->Stop();
}

int RunServe(const ServeFlags& f) {
  auto engine = Engine::Create({});
  if (!engine.ok()) {
    std::cerr << "sitrep: " << engine.status().ToString() << "\n";
    return 2;
  }
  auto store = Store::Open(f.store);
  if (!store.ok()) {
    std::cerr << "sitrep: " << store.status().ToString() << "\n";
    return 2;
  }
  // The page lives in web/ beside data/ (the repository's layout) unless --web says where.
  std::string web = f.web;
  if (web.empty()) {
    const auto guess = std::filesystem::path((*engine)->data_dir()).parent_path() / "web";
    if (std::filesystem::exists(guess / "index.html")) web = guess.string();
  }
  serve::Api api(store->get(), engine->get());
  serve::Server server(&api, serve::ServeOptions{f.host, f.port, web});
  const int port = server.Bind();
  if (port < 0) {
    std::cerr << "sitrep: cannot listen on " << f.host << ":" << f.port << "\n";
    return 2;
  }
  running = &server;
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::cerr << "sitrep: serving " << StoreName(f.store) << " on http://" << f.host << ":" << port << "/"
            << (web.empty() ? " (API only: no web/ folder found)" : "") << "\n";
  server.Run();
  running = nullptr;
  return 0;
}

}  // namespace

Command SetupServe(CLI::App& app) {
  auto f = std::make_shared<ServeFlags>();
  CLI::App* sub = app.add_subcommand("serve", "HTTP API and web page (map, timeline, evidence)");
  sub->add_option("--store", f->store, "SQLite file (or postgresql:// URI)");
  sub->add_option("--host", f->host, "Address to listen on");
  sub->add_option("--port", f->port, "Port (0: any free port)")->check(CLI::Range(0, 65535));
  sub->add_option("--web", f->web, "Folder of the web page (default: web/ beside data/)");
  return Command{sub, [f] { return RunServe(*f); }};
}

}  // namespace sitrep::cli
