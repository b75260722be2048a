// The cpp-httplib binding of the Api; see server.h.
#include "serve/server.h"

#include <httplib.h>

namespace sitrep::serve {

struct Server::Impl {
  Api* api;
  ServeOptions options;
  httplib::Server http;
};

namespace {

void Send(httplib::Response& res, const Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, "application/json; charset=utf-8");
}

}  // namespace

Server::Server(Api* api, ServeOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->api = api;
  impl_->options = std::move(options);
  httplib::Server& http = impl_->http;
  http.set_payload_max_length(64u << 20);
  http.Get("/api/stats", [api](const httplib::Request&, httplib::Response& res) {
    Send(res, api->Stats());
  });
  http.Get("/api/documents", [api](const httplib::Request& req, httplib::Response& res) {
    Send(res, api->Documents(req.params));
  });
  http.Get(R"(/api/documents/(.+))", [api](const httplib::Request& req, httplib::Response& res) {
    Send(res, api->Document(req.matches[1]));
  });
  http.Get("/api/events", [api](const httplib::Request& req, httplib::Response& res) {
    Send(res, api->Events(req.params));
  });
  http.Post("/api/extract", [api](const httplib::Request& req, httplib::Response& res) {
    Send(res, api->Extract(req.body, req.params));
  });
  if (!impl_->options.web_dir.empty()) http.set_mount_point("/", impl_->options.web_dir);
}

Server::~Server() = default;

int Server::Bind() {
  httplib::Server& http = impl_->http;
  if (impl_->options.port == 0) return http.bind_to_any_port(impl_->options.host);
  return http.bind_to_port(impl_->options.host, impl_->options.port) ? impl_->options.port : -1;
}

void Server::Run() { impl_->http.listen_after_bind(); }

void Server::Stop() { impl_->http.stop(); }

}  // namespace sitrep::serve
