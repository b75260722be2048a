// Tests of FindInterview (quote_interview.cc) through the quote recognizer: answers after a
// bracketed or colon label are direct quotes of the interviewee; questions, the publication's
// label, legends and image captions are not. The interview texts here were written for these
// tests (none is taken from an article); expectations written by hand.
#include <gtest/gtest.h>

#include "recognize/quote_test_util.h"

namespace sitrep::recognize {
namespace {

TEST(QuoteInterviewTest, BracketLabelsAndContinuedAnswers) {
  // Written for this test.
  const Record r = RunQuotes(
      "Wikinews spoke with astronomer Maria Keller about the comet.\n\n"
      "((WN))  What did you see first?\n\n"
      "((Maria Keller))  A faint smudge near the horizon.  We thought it was a cloud.\n\n"
      "Then it moved, and we knew it was something else.\n\n"
      "((WN))  Thank you for your time.\n\n"
      "((Maria Keller))  Thank you.\n",
      "en", {{"person", "Maria Keller", "Maria Keller"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "A faint smudge")), "Maria Keller");
  EXPECT_EQ(SpeakerName(FindQuote(r, "Then it moved")), "Maria Keller");
  EXPECT_EQ(SpeakerName(FindQuote(r, "Thank you.")), "Maria Keller");
  EXPECT_EQ(FindQuote(r, "What did you"), nullptr);
  EXPECT_EQ(FindQuote(r, "Thank you for"), nullptr);
}

TEST(QuoteInterviewTest, AcronymLabelsNameTheInterviewee) {
  // Written for this test: "PR" gives the initials of Paul Rivera; a question label whose
  // paragraphs end in question marks asks; "Anna Berg:" inside an answer is no label.
  const Record r = RunQuotes(
      "Biologist Paul Rivera answered our questions.\n\n"
      "((JS)) : Why frogs?\n\n"
      "PR: I grew up near a pond and never stopped looking.\n\n"
      "((JS)) : Who helped you?\n\n"
      "PR: Many people did.\n\n"
      "Anna Berg: she collected most of the samples herself.\n",
      "en", {{"person", "Paul Rivera", "Paul Rivera"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "I grew up")), "Paul Rivera");
  EXPECT_EQ(SpeakerName(FindQuote(r, "Many people")), "Paul Rivera");
  EXPECT_EQ(SpeakerName(FindQuote(r, "Anna Berg")), "Paul Rivera");
  EXPECT_EQ(FindQuote(r, "Why frogs"), nullptr);
}

TEST(QuoteInterviewTest, CaptionsAreNoAnswers) {
  // Written for this test.
  const Record r = RunQuotes(
      "The festival drew thousands.\n\nImage: Jane Roe.\n\nImage: Jane Roe.\n\nA dragon costume. "
      "Image: Jane Roe.\n",
      "en", {});
  EXPECT_TRUE(r.quotes.empty());
}

}  // namespace
}  // namespace sitrep::recognize
