// Tests of the HTTP API over loopback: the seed article posted to /api/extract comes back
// with its quotes and events and is stored; the stats, documents, events and document routes
// then serve it; bad requests get 4xx replies that say what was wrong.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "serve/api.h"
#include "serve/server.h"

namespace sitrep::serve {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto engine = Engine::Create({});
    ASSERT_TRUE(engine.ok()) << engine.status().ToString();
    engine_ = std::move(engine).value().release();
  }
  static void TearDownTestSuite() { delete engine_; }

  void SetUp() override {
    db_ = (fs::temp_directory_path() / ("sitrep_serve_" + std::to_string(getpid()) + ".db")).string();
    fs::remove(db_);
    auto store = Store::Open(db_);
    ASSERT_TRUE(store.ok());
    store_ = std::move(store).value();
    api_ = std::make_unique<Api>(store_.get(), engine_);
    server_ = std::make_unique<Server>(api_.get(), ServeOptions{"127.0.0.1", 0, "web"});
    port_ = server_->Bind();
    ASSERT_GT(port_, 0);
    thread_ = std::thread([this] { server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  }
  void TearDown() override {
    server_->Stop();
    thread_.join();
    store_.reset();
    for (const char* s : {"", "-wal", "-shm"}) fs::remove(db_ + s);
  }

  Json PostSeed() {
    auto res = client_->Post("/api/extract?published=2016-12-23&store=1",
                             Slurp("../shared/seed/000_5345cd30320c7e53.txt"), "text/plain");
    EXPECT_TRUE(res);
    if (!res) return Json();
    EXPECT_EQ(res->status, 200) << res->body;
    return Json::parse(res->body);
  }

  static const Engine* engine_;
  std::string db_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<Server> server_;
  std::unique_ptr<httplib::Client> client_;
  std::thread thread_;
  int port_ = 0;
};
const Engine* ServeTest::engine_ = nullptr;

TEST_F(ServeTest, ExtractReturnsTheRecordWithTextAndStoresIt) {
  const Json out = PostSeed();
  ASSERT_EQ(out["records"].size(), 1u);
  EXPECT_EQ(out["stored"], 1);
  const Json& rec = out["records"][0];
  EXPECT_EQ(rec["doc"]["lang"], "fr");
  int direct = 0;
  for (const Json& q : rec["quotes"]) direct += q["direct"].get<bool>() ? 1 : 0;
  EXPECT_EQ(direct, 7);
  const std::string text = rec["doc"]["text"];
  bool al_bab = false;
  for (const Json& e : rec["events"]) {
    const size_t s = e["evidence"][0], end = e["evidence"][1];
    ASSERT_LE(end, text.size());
    EXPECT_LT(s, end);
    if (!e["location"].is_null() && e["location"]["text"] == "Al-Bab" && e["type"] == "ASSAULT") {
      al_bab = true;
      EXPECT_EQ(e["fatalities"], 88);
    }
  }
  EXPECT_TRUE(al_bab);
}

TEST_F(ServeTest, StoredDocumentIsServedByEveryRoute) {
  const Json out = PostSeed();
  const std::string id = out["records"][0]["doc"]["id"];
  auto stats = client_->Get("/api/stats");
  ASSERT_TRUE(stats);
  EXPECT_EQ(Json::parse(stats->body)["documents"], 1);

  auto events = client_->Get("/api/events?type=ASSAULT&country=SYR");
  ASSERT_TRUE(events);
  ASSERT_EQ(events->status, 200);
  const Json ev = Json::parse(events->body);
  ASSERT_FALSE(ev.empty());
  for (const Json& e : ev) {
    EXPECT_EQ(e["type"], "ASSAULT");
    EXPECT_EQ(e["location"]["country"], "SYR");
    EXPECT_EQ(e["doc"]["id"], id);
  }
  auto none = client_->Get("/api/events?from=2017-01-01");
  ASSERT_TRUE(none);
  EXPECT_EQ(Json::parse(none->body).size(), 0u);

  auto docs = client_->Get("/api/documents?q=Alep");
  ASSERT_TRUE(docs);
  EXPECT_EQ(Json::parse(docs->body).size(), 1u);
  EXPECT_EQ(id.rfind("api/", 0), 0u) << id;
  auto doc = client_->Get("/api/documents/" + id);
  ASSERT_TRUE(doc);
  ASSERT_EQ(doc->status, 200) << doc->body;
  EXPECT_EQ(Json::parse(doc->body)["doc"]["text"],
            Slurp("../shared/seed/000_5345cd30320c7e53.txt"));
}

TEST_F(ServeTest, BadRequestsSayWhatIsWrong) {
  auto bad_date = client_->Get("/api/documents?from=22/12/2016");
  ASSERT_TRUE(bad_date);
  EXPECT_EQ(bad_date->status, 400);
  EXPECT_NE(bad_date->body.find("YYYY-MM-DD"), std::string::npos);
  auto bad_limit = client_->Get("/api/events?limit=ten");
  ASSERT_TRUE(bad_limit);
  EXPECT_EQ(bad_limit->status, 400);
  auto missing = client_->Get("/api/documents/no-such-document");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  auto empty = client_->Post("/api/extract", "", "text/plain");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->status, 400);
  auto binary = client_->Post("/api/extract", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0", 16),
                              "application/octet-stream");
  ASSERT_TRUE(binary);
  EXPECT_EQ(binary->status, 400);
  EXPECT_NE(Json::parse(binary->body)["error"].get<std::string>().find("http"), std::string::npos);
}

TEST_F(ServeTest, TheWebPageIsServed) {
  auto page = client_->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("sitrep"), std::string::npos);
  auto map = client_->Get("/vendor/world-atlas/countries-110m.json");
  ASSERT_TRUE(map);
  EXPECT_EQ(map->status, 200);
  EXPECT_EQ(Json::parse(map->body)["type"], "Topology");
}

}  // namespace
}  // namespace sitrep::serve
