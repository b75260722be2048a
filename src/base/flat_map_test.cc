// FlatStringMap / FlatStringSet: look-ups by string_view, growth, insertion order, stable
// references and set equality.
#include "base/flat_map.h"

#include <string>

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(FlatStringMap, FindsWhatWasAddedAndNothingElse) {
  FlatStringMap<int> m;
  for (int i = 0; i < 1000; ++i) m.emplace("mot" + std::to_string(i), i);
  EXPECT_EQ(m.size(), 1000u);
  for (int i = 0; i < 1000; ++i) {
    auto it = m.find("mot" + std::to_string(i));
    ASSERT_NE(it, m.end());
    EXPECT_EQ(it->second, i);
  }
  EXPECT_EQ(m.find("mot1000"), m.end());
  EXPECT_EQ(m.count(""), 0u);
  EXPECT_FALSE(m.contains("mo"));
}

TEST(FlatStringMap, KeepsTheFirstValueAndInsertionOrder) {
  FlatStringMap<std::string> m;
  EXPECT_TRUE(m.try_emplace("armée", "a").second);
  EXPECT_FALSE(m.try_emplace("armée", "b").second);
  m["police"] = "p";
  m[""] = "empty";
  EXPECT_EQ(m.at("armée"), "a");
  EXPECT_EQ(m.at(""), "empty");
  std::string order;
  for (const auto& [k, v] : m) order += v;
  EXPECT_EQ(order, "apempty");
}

TEST(FlatStringMap, ReferencesSurviveGrowth) {
  FlatStringMap<int> m;
  int& first = m["premier"];
  first = 7;
  for (int i = 0; i < 5000; ++i) m[std::to_string(i)] = i;
  EXPECT_EQ(&first, &m["premier"]);
  EXPECT_EQ(m.at("premier"), 7);
}

TEST(FlatStringSet, EqualityIgnoresOrder) {
  FlatStringSet a{"d'", "l'", "qu'"};
  FlatStringSet b{"qu'", "d'", "l'"};
  EXPECT_TRUE(a == b);
  b.insert("jusqu'");
  EXPECT_FALSE(a == b);
  EXPECT_TRUE(a.contains("l'"));
  EXPECT_FALSE(a.contains("l"));
}

TEST(HashBytes, DependsOnEveryByteAndTheLength) {
  const std::string s = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (size_t n = 0; n < s.size(); ++n) {
    EXPECT_NE(HashBytes(std::string_view(s).substr(0, n)),
              HashBytes(std::string_view(s).substr(0, n + 1)));
    std::string t = s.substr(0, n + 1);
    t[n / 2] ^= 1;
    EXPECT_NE(HashBytes(t), HashBytes(std::string_view(s).substr(0, n + 1)));
  }
  EXPECT_NE(HashBytes(std::string_view("\0", 1)), HashBytes(std::string_view("\0\0", 2)));
}

}  // namespace
}  // namespace sitrep
