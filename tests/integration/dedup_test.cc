// Integration test of cross-article clustering: the seed article and a shorter copy of it (its
// first sentence and its last paragraph, as a second wire would run it) put their shared
// events in one cluster, while the 385 unrelated reference articles join none of them; then
// `sitrep dedup` re-clusters the store to the same result.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "integration/run_util.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using testing::Lines;
using testing::RunCommand;

TEST(DedupCli, ASecondCopyOfAReportJoinsItsClustersAndOthersDoNot) {
  const fs::path dir = fs::temp_directory_path() / ("sitrep_dedup_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  const std::string seed = testing::Slurp("../shared/seed/000_5345cd30320c7e53.txt");
  ASSERT_FALSE(seed.empty());
  const size_t first_end = seed.find(". ");
  const size_t last = seed.find("Plus au nord");
  ASSERT_NE(last, std::string::npos);
  std::ofstream(dir / "in" / "a_full.txt") << seed;
  std::ofstream(dir / "in" / "b_short.txt") << seed.substr(0, first_end + 1) << "\n\n"
                                            << seed.substr(last);
  const std::string db = (dir / "s.db").string();
  auto r = RunCommand({SITREP_BIN, "extract", (dir / "in").string(), "--published", "2016-12-23",
                       "--store", db},
                      dir.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  const Json full = Json::parse(lines[0]);
  const Json shorter = Json::parse(lines[1]);
  const std::string full_prefix = full["doc"]["sha256"].get<std::string>().substr(0, 12) + "#";
  std::map<std::string, std::string> full_clusters;  // cluster -> type
  for (const Json& e : full["events"]) {
    EXPECT_FALSE(e["duplicate"].get<bool>()) << e.dump();
    EXPECT_EQ(e["cluster"].get<std::string>().rfind(full_prefix, 0), 0u) << e.dump();
    full_clusters[e["cluster"]] = e["type"];
  }
  bool strike = false;
  ASSERT_FALSE(shorter["events"].empty());
  for (const Json& e : shorter["events"]) {
    EXPECT_TRUE(e["duplicate"].get<bool>()) << e.dump();
    auto it = full_clusters.find(e["cluster"]);
    ASSERT_NE(it, full_clusters.end()) << e.dump();
    EXPECT_EQ(it->second, e["type"]);
    if (e["type"] == "ASSAULT" && !e["location"].is_null() &&
        e["location"]["text"] == "Al-Bab") {
      strike = true;
    }
  }
  EXPECT_TRUE(strike) << "the Al-Bab air strikes are in the short copy";

  // Unrelated articles in the same run join none of the seed's clusters.
  r = RunCommand({SITREP_BIN, "extract", "--no-store", (dir / "in").string(),
                  "../shared/data/articles"},
                 dir.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 387u);
  for (size_t i = 2; i < lines.size(); ++i) {
    for (const Json& e : Json::parse(lines[i])["events"]) {
      EXPECT_EQ(full_clusters.count(e["cluster"]), 0u) << e.dump();
    }
  }

  // The store-wide pass finds the same duplicates.
  r = RunCommand({SITREP_BIN, "dedup", "--store", db}, dir.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("2 documents, " + std::to_string(full["events"].size() +
                                                         shorter["events"].size()) +
                       " events, " + std::to_string(shorter["events"].size()) +
                       " reported by an earlier document"),
            std::string::npos)
      << r.err;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace sitrep
