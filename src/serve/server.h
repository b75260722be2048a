// Server: the HTTP front end. Serves the Api's routes (api.h) as JSON and the web page (the
// `web/` folder: map, timeline, article with its evidence highlighted) as static files, on a
// pool of threads. Binds to loopback unless told otherwise.
//
// Usage:
//   serve::Server server(&api, {.host = "127.0.0.1", .port = 8080, .web_dir = "web"});
//   int port = server.Bind();   // -1 when the address is taken; port 0 picks a free one
//   server.Run();               // until Stop() from another thread
#pragma once

#include <memory>
#include <string>

#include "serve/api.h"

namespace sitrep::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web_dir;  // empty: no web page, API only
};

class Server {
 public:
  Server(Api* api, ServeOptions options);
  ~Server();
  int Bind();
  void Run();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::serve
