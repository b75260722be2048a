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

// Two matchers sharing a vocabulary find by key ids what a matcher of its own finds by text:
// the word first, then the prefixes shortest first, whichever order they were added in.
TEST(MatcherTest, SharedVocabularyKeepsOrder) {
  auto vocab = std::make_shared<KeyVocab>();
  Matcher shared(vocab), other(vocab), alone;
  const char* patterns[] = {"bombardement*", "bombardements", "bomb*", "frappe*"};
  for (int i = 0; i < 4; ++i) {
    shared.Add(*ParseSequence(patterns[i]), i);
    alone.Add(*ParseSequence(patterns[i]), i);
  }
  other.Add(*ParseSequence("bombar*"), 9);
  const std::string text = "les bombardements et les frappes";
  const text::Analysis a = text::Analyze(text, "fr");
  const std::vector<Key> keyed = MakeKeys(a, 0, a.tokens.size(), vocab.get());
  std::vector<Match> by_id, by_text, by_other;
  shared.FindAll(keyed, &by_id);
  alone.FindAll(KeysOf(text), &by_text);
  other.FindAll(keyed, &by_other);
  ASSERT_EQ(by_id.size(), 4u);
  ASSERT_EQ(by_text.size(), 4u);
  for (size_t i = 0; i < 4; ++i)
    EXPECT_EQ(by_id[i].id, by_text[i].id);
  EXPECT_EQ(by_id[0].id, 1);  // the word
  EXPECT_EQ(by_id[1].id, 2);  // bomb*
  EXPECT_EQ(by_id[2].id, 0);  // bombardement*
  EXPECT_EQ(by_id[3].id, 3);  // frappe*
  ASSERT_EQ(by_other.size(), 1u);
  EXPECT_EQ(by_other[0].id, 9);
}

TEST(MatcherTest, RejectsBadPatterns) {
  EXPECT_FALSE(ParseSequence("").ok());
  EXPECT_FALSE(ParseSequence("* killed").ok());
  EXPECT_FALSE(ParseSequence("killed *").ok());
}

}  // namespace
}  // namespace sitrep::code
