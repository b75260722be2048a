// Tests for the pattern matcher: keys, elisions, prefixes, gaps, numbers, alternatives.
#include "code/matcher.h"

#include <gtest/gtest.h>

namespace sitrep::code {
namespace {

std::vector<Key> KeysOf(const std::string& text) {
  static std::vector<std::unique_ptr<text::Analysis>> keep;
  keep.push_back(std::make_unique<text::Analysis>(text::Analyze(text, "fr")));
  const text::Analysis& a = *keep.back();
  return MakeKeys(a, 0, a.tokens.size());
}

std::vector<Match> Find(const std::string& pattern, const std::string& text) {
  Matcher m;
  StatusOr<Sequence> seq = ParseSequence(pattern);
  EXPECT_TRUE(seq.ok()) << pattern;
  m.Add(*seq, 7);
  std::vector<Match> out;
  m.FindAll(KeysOf(text), &out);
  return out;
}

TEST(MatcherTest, SplitsElisionsLikePatterns) {
  std::vector<Key> keys = KeysOf("des tirs d'artillerie");
  ASSERT_EQ(keys.size(), 4u);
  EXPECT_EQ(keys[2].text, "d'");
  EXPECT_EQ(keys[3].text, "artillerie");
  EXPECT_EQ(Find("tirs d'artillerie", "Des tirs d'artillerie ont visé la ville").size(), 1u);
}

TEST(MatcherTest, PrefixAndAccentedCapitals) {
  EXPECT_EQ(Find("bombardement* aérien*", "les BOMBARDEMENTS AÉRIENS turcs").size(), 1u);
  EXPECT_TRUE(Find("bombardement* aérien*", "les bombardements terrestres").empty());
}

TEST(MatcherTest, GapsStopAtSentencePunctuation) {
  EXPECT_EQ(Find("laid down * arms", "9,000 fighters laid down their arms").size(), 1u);
  EXPECT_TRUE(Find("laid down * arms", "they laid down. Arms were").empty());
  EXPECT_TRUE(Find("laid down * arms", "laid down one two three four five arms").empty());
}

TEST(MatcherTest, AlternativesAndNumbers) {
  std::vector<Match> m = Find("killed|wounded # people", "gunmen killed 12 people");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].id, 7);
  EXPECT_EQ(m[0].begin, 1u);
  EXPECT_EQ(m[0].end, 4u);
}

TEST(MatcherTest, RejectsBadPatterns) {
  EXPECT_FALSE(ParseSequence("").ok());
  EXPECT_FALSE(ParseSequence("* killed").ok());
  EXPECT_FALSE(ParseSequence("killed *").ok());
}

}  // namespace
}  // namespace sitrep::code
