// The gazetteer's binary cache: what a load reads back from it is what parsing the TSV files
// gives, and a change of the files or a damaged cache makes the next load parse them again.
#include "geo/place_index.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>

#include "base/cache_test_util.h"
#include "geo/fold.h"

namespace sitrep::geo {
namespace {

namespace fs = std::filesystem;

constexpr int64_t kAleppo = 170063;  // GeoNames id of the city of Aleppo (cities.tsv)

// A copy of data/gazetteer in a fresh folder, and a fresh cache folder in SITREP_CACHE_DIR.
class PlaceIndexCacheTest : public ::testing::Test {
 protected:
  std::string Dir() const { return data_.dir(); }

  static std::unique_ptr<PlaceIndex> MustLoad(const std::string& dir) {
    auto index = PlaceIndex::Load(dir);
    EXPECT_TRUE(index.ok()) << index.status().message();
    return index.ok() ? std::move(*index) : nullptr;
  }

  // Every place field by field, and the entry of every place's folded name.
  static void ExpectSame(const PlaceIndex& a, const PlaceIndex& b) {
    ASSERT_EQ(a.size(), b.size());
    EXPECT_EQ(a.max_words(), b.max_words());
    for (uint32_t i = 0; i < a.size(); ++i) {
      const Place& p = a.place(i);
      const Place& q = b.place(i);
      const auto fields = [](const Place& x) {
        return std::tie(x.geonames_id, x.code, x.country, x.name, x.admin1, x.lat, x.lon,
                        x.population, x.people, x.feature_code, x.type);
      };
      ASSERT_EQ(p.kind, q.kind) << i;
      ASSERT_EQ(fields(p), fields(q)) << i;
      const std::string key = Fold(p.name);
      const PlaceIndex::Entry* ea = a.Lookup(key);
      const PlaceIndex::Entry* eb = b.Lookup(key);
      ASSERT_EQ(ea == nullptr, eb == nullptr) << key;
      if (ea == nullptr) continue;
      ASSERT_EQ(ea->prefix, eb->prefix) << key;
      ASSERT_EQ(std::vector<uint32_t>(ea->places.begin(), ea->places.end()),
                std::vector<uint32_t>(eb->places.begin(), eb->places.end()))
          << key;
    }
  }

  static void RemoveLinesStartingWith(const std::string& path, const std::string& start) {
    std::ifstream in(path);
    std::stringstream kept;
    for (std::string line; std::getline(in, line);) {
      if (line.rfind(start, 0) != 0) kept << line << '\n';
    }
    in.close();
    std::ofstream(path, std::ios::trunc) << kept.str();
  }

  cache::TempDataCopy data_{"gazetteer",
                            ::testing::UnitTest::GetInstance()->current_test_info()->name()};
};

TEST_F(PlaceIndexCacheTest, ASecondLoadReadsTheCacheAndFindsTheSamePlaces) {
  const std::string cache = GazetteerCachePath(Dir());
  ASSERT_FALSE(fs::exists(cache));
  auto parsed = MustLoad(Dir());
  ASSERT_NE(parsed, nullptr);
  ASSERT_TRUE(fs::exists(cache));
  auto cached = MustLoad(Dir());
  ASSERT_NE(cached, nullptr);
  ExpectSame(*parsed, *cached);
  const Place* aleppo = cached->FindById(kAleppo);
  ASSERT_NE(aleppo, nullptr);
  EXPECT_EQ(aleppo->country, "SYR");
  EXPECT_EQ(aleppo->name, "Aleppo");
  const PlaceList* alep = cached->Find("alep");  // the French name
  ASSERT_NE(alep, nullptr);
  EXPECT_TRUE(std::find(alep->begin(), alep->end(),
                        static_cast<uint32_t>(aleppo - &cached->place(0))) != alep->end());
  EXPECT_NE(cached->FindCountry("SYR"), nullptr);
  EXPECT_NE(cached->FindAdmin1("SY-DI"), nullptr);
  EXPECT_EQ(cached->Lookup("no such place name"), nullptr);
}

TEST_F(PlaceIndexCacheTest, AChangedFileIsReadAgain) {
  ASSERT_NE(MustLoad(Dir()), nullptr);  // writes the cache
  RemoveLinesStartingWith(Dir() + "/cities.tsv", std::to_string(kAleppo) + "\t");
  auto changed = MustLoad(Dir());
  ASSERT_NE(changed, nullptr);
  EXPECT_EQ(changed->FindById(kAleppo), nullptr);
  EXPECT_NE(changed->FindCountry("SYR"), nullptr);
  // And the cache now holds the changed files: a third load agrees with the second.
  auto again = MustLoad(Dir());
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->FindById(kAleppo), nullptr);
  ExpectSame(*changed, *again);
}

TEST_F(PlaceIndexCacheTest, ADamagedCacheIsIgnoredAndWrittenAgain) {
  auto parsed = MustLoad(Dir());
  ASSERT_NE(parsed, nullptr);
  const std::string cache = GazetteerCachePath(Dir());
  const auto size = fs::file_size(cache);
  fs::resize_file(cache, size / 2);  // a cut file
  auto cut = MustLoad(Dir());
  ASSERT_NE(cut, nullptr);
  ExpectSame(*parsed, *cut);
  EXPECT_EQ(fs::file_size(cache), size);
  {
    std::fstream f(cache, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(size / 3));
    f.write("\xff\xff\xff\xff\xff\xff\xff\xff", 8);  // overwritten bytes
  }
  auto damaged = MustLoad(Dir());
  ASSERT_NE(damaged, nullptr);
  ExpectSame(*parsed, *damaged);
}

TEST_F(PlaceIndexCacheTest, AnEmptyCacheDirTurnsTheCacheOff) {
  ::setenv("SITREP_CACHE_DIR", "", 1);
  EXPECT_EQ(GazetteerCachePath(Dir()), "");
  ASSERT_NE(MustLoad(Dir()), nullptr);
  EXPECT_TRUE(fs::is_empty(data_.cache_folder()));
}

TEST_F(PlaceIndexCacheTest, EachDataFolderHasItsOwnCache) {
  fs::copy(data_.dir(), data_.root() / "other");
  EXPECT_NE(GazetteerCachePath(Dir()), GazetteerCachePath((data_.root() / "other").string()));
  EXPECT_EQ(GazetteerCachePath(Dir()), GazetteerCachePath(Dir() + "/"));
}

}  // namespace
}  // namespace sitrep::geo
