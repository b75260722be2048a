// The actor dictionaries' binary cache: a load that reads it gets the dictionary that parsing
// data/actors gives, and an edited file or a damaged cache makes the next load parse again.
#include "recognize/entity_dict.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>

#include "base/cache_file.h"
#include "base/cache_test_util.h"

namespace sitrep::recognize::entities_internal {
namespace {

namespace fs = std::filesystem;

// A copy of data/actors in a fresh folder, and a fresh cache folder in SITREP_CACHE_DIR.
class EntityDictCacheTest : public ::testing::Test {
 protected:
  std::string Dir() const { return data_.dir(); }
  std::string CachePath() const { return cache::PathFor("actors", Dir()); }

  static std::unique_ptr<EntityDict> MustLoad(const std::string& dir) {
    auto dict = EntityDict::Load(dir);
    EXPECT_TRUE(dict.ok()) << dict.status().message();
    return dict.ok() ? std::move(*dict) : nullptr;
  }

  // Every member but the fold table, entry by entry.
  static void ExpectSame(const EntityDict& a, const EntityDict& b) {
    for (auto [x, y] : {std::pair{&a.elisions, &b.elisions}, {&a.articles, &b.articles},
                        {&a.preps, &b.preps}, {&a.particles, &b.particles},
                        {&a.nonperson_words, &b.nonperson_words},
                        {&a.first_names, &b.first_names}}) {
      EXPECT_TRUE(*x == *y);
    }
    ASSERT_EQ(a.actors.size(), b.actors.size());
    for (size_t i = 0; i < a.actors.size(); ++i) {
      const auto fields = [](const Actor& x) {
        return std::tie(x.id, x.kind, x.name, x.country, x.sector);
      };
      ASSERT_EQ(fields(a.actors[i]), fields(b.actors[i])) << i;
    }
    ExpectSameMap(a.actor_by_id, b.actor_by_id, [](uint32_t x, uint32_t y) { return x == y; });
    ExpectSameMap(a.redirects, b.redirects, std::equal_to<>());
    ExpectSameMap(a.demonym_en, b.demonym_en, std::equal_to<>());
    ASSERT_EQ(a.roles.size(), b.roles.size());
    for (size_t i = 0; i < a.roles.size(); ++i) {
      EXPECT_EQ(std::tie(a.roles[i].kind, a.roles[i].sector, a.roles[i].label),
                std::tie(b.roles[i].kind, b.roles[i].sector, b.roles[i].label));
    }
    ASSERT_EQ(a.titles.size(), b.titles.size());
    for (size_t i = 0; i < a.titles.size(); ++i) {
      EXPECT_EQ(std::tie(a.titles[i].role, a.titles[i].label),
                std::tie(b.titles[i].role, b.titles[i].label));
    }
    ASSERT_EQ(a.org_heads.size(), b.org_heads.size());
    for (size_t i = 0; i < a.org_heads.size(); ++i) {
      EXPECT_EQ(std::tie(a.org_heads[i].before, a.org_heads[i].kind, a.org_heads[i].sector),
                std::tie(b.org_heads[i].before, b.org_heads[i].kind, b.org_heads[i].sector));
    }
    ExpectSameMap(a.offices, b.offices, [](const auto& x, const auto& y) {
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i) {
        if (std::tie(x[i].of, x[i].start, x[i].end, x[i].person_id) !=
            std::tie(y[i].of, y[i].start, y[i].end, y[i].person_id)) {
          return false;
        }
      }
      return true;
    });
    ExpectSameMap(a.phrases, b.phrases, [](const Phrase& x, const Phrase& y) {
      if (x.continues != y.continues || x.entries.size() != y.entries.size()) return false;
      for (size_t i = 0; i < x.entries.size(); ++i) {
        const auto fields = [](const Entry& e) {
          return std::tie(e.type, e.rule, e.lang, e.hand, e.index, e.exact);
        };
        if (fields(x.entries[i]) != fields(y.entries[i])) return false;
      }
      return true;
    });
    EXPECT_EQ(a.first_bits, b.first_bits);
  }

  // Same keys in the same order, equal values.
  template <typename V, typename Eq>
  static void ExpectSameMap(const StringMap<V>& a, const StringMap<V>& b, Eq eq) {
    ASSERT_EQ(a.size(), b.size());
    auto j = b.begin();
    for (auto i = a.begin(); i != a.end(); ++i, ++j) {
      ASSERT_EQ(i->first, j->first);
      ASSERT_TRUE(eq(i->second, j->second)) << i->first;
    }
  }

  cache::TempDataCopy data_{"actors",
                            ::testing::UnitTest::GetInstance()->current_test_info()->name()};
};

TEST_F(EntityDictCacheTest, ASecondLoadReadsTheCacheAndHasTheSameEntries) {
  ASSERT_FALSE(fs::exists(CachePath()));
  auto parsed = MustLoad(Dir());
  ASSERT_NE(parsed, nullptr);
  ASSERT_TRUE(fs::exists(CachePath()));
  auto cached = MustLoad(Dir());
  ASSERT_NE(cached, nullptr);
  ExpectSame(*parsed, *cached);
  EXPECT_TRUE(cached->first_names.contains("jens"));  // first_names.tsv
  const Actor* un = cached->FindActor("phx:UN");        // redirects.tsv
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->id, "UN");
  EXPECT_EQ(cached->Adjective("SYR"), "Syrian");
}

TEST_F(EntityDictCacheTest, AnEditedFileIsReadAgain) {
  ASSERT_NE(MustLoad(Dir()), nullptr);  // writes the cache
  const std::string path = Dir() + "/first_names.tsv";
  std::stringstream kept;
  {
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
      if (line != "Jens") kept << line << '\n';
    }
  }
  std::ofstream(path, std::ios::trunc) << kept.str();
  auto edited = MustLoad(Dir());
  ASSERT_NE(edited, nullptr);
  EXPECT_FALSE(edited->first_names.contains("jens"));
  EXPECT_TRUE(edited->first_names.contains("rami"));
  auto again = MustLoad(Dir());  // from the rewritten cache
  ASSERT_NE(again, nullptr);
  EXPECT_FALSE(again->first_names.contains("jens"));
  ExpectSame(*edited, *again);
}

TEST_F(EntityDictCacheTest, ADamagedCacheIsIgnored) {
  auto parsed = MustLoad(Dir());
  ASSERT_NE(parsed, nullptr);
  const auto size = fs::file_size(CachePath());
  {
    std::fstream f(CachePath(), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(size / 2));
    f.write("\x7f\x7f\x7f\x7f", 4);
  }
  auto damaged = MustLoad(Dir());
  ASSERT_NE(damaged, nullptr);
  ExpectSame(*parsed, *damaged);
  fs::resize_file(CachePath(), size / 3);
  auto cut = MustLoad(Dir());
  ASSERT_NE(cut, nullptr);
  ExpectSame(*parsed, *cut);
}

}  // namespace
}  // namespace sitrep::recognize::entities_internal
