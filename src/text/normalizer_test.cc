#include <gtest/gtest.h>

#include "text/analysis.h"

namespace sitrep::text {
namespace {

std::string Orig(std::string_view original, const OffsetMap& map, Span norm) {
  const Span o = map.ToOriginal(norm);
  return std::string(original.substr(o.start, o.end - o.start));
}

TEST(Normalize, FoldsThinAndNoBreakSpaces) {
  OffsetMap map;
  const std::string in = "9\u202F000 morts, 3\u00A0500 bless\u00E9s\u2009; 12\u2007000";
  EXPECT_EQ(Normalize(in, &map), "9 000 morts, 3 500 blessés ; 12 000");
  EXPECT_EQ(Orig(in, map, Span{0, 5}), "9\u202F000");
}

TEST(Normalize, FoldsApostrophesKeepsQuotes) {
  OffsetMap map;
  const std::string in =
      "\u00AB l\u2019arm\u00E9e \u00BB \u201CIt\u2018s\u201D \u201E\u02BCx\u2032\u201C \"a\"";
  EXPECT_EQ(Normalize(in, &map), "« l'armée » “It's” „'x'“ \"a\"");
}

TEST(Normalize, RemovesSoftHyphenZeroWidthAndBom) {
  OffsetMap map;
  const std::string in = "\uFEFFpre\u00ADmier\u200B \u200Ela\u200Fn\u2060ceur";
  const std::string norm = Normalize(in, &map);
  EXPECT_EQ(norm, "premier lanceur");
  EXPECT_EQ(Orig(in, map, Span{0, 7}), "pre\u00ADmier");
  EXPECT_EQ(Orig(in, map, Span{8, 15}), "la\u200Fn\u2060ceur");
}

TEST(Normalize, ComposesToNfcAndMapsBack) {
  OffsetMap map;
  const std::string in = "Le ministre a d\u00E9clare\u0301 : \u212B e\u0301te\u0301";
  const std::string norm = Normalize(in, &map);
  EXPECT_EQ(norm, "Le ministre a déclaré : Å été");
  const size_t p = norm.find("déclaré");
  EXPECT_EQ(Orig(in, map, Span{p, p + std::string("déclaré").size()}), "d\u00E9clare\u0301");
  const size_t q = norm.find("été");
  EXPECT_EQ(Orig(in, map, Span{q, q + 2}), "e\u0301");  // "é" alone: the whole e + accent
  EXPECT_EQ(Orig(in, map, Span{q + 2, q + 3}), "t");
  const size_t r = norm.find("Å");
  EXPECT_EQ(Orig(in, map, Span{r, r + 2}), "\u212B");
}

TEST(Normalize, CrLfAndOtherLineBreaksBecomeNewline) {
  OffsetMap map;
  const std::string in = "Titre\r\n\r\nUn.\rDeux\u2028Trois\tquatre";
  EXPECT_EQ(Normalize(in, &map), "Titre\n\nUn.\nDeux\nTrois quatre");
  EXPECT_EQ(Orig(in, map, Span{5, 6}), "\r\n");
}

TEST(Normalize, AsciiAndNfcTextIsOneCopySegment) {
  OffsetMap map;
  const std::string in = "Alep est tombée. Мир. مرحبا 北京";
  EXPECT_EQ(Normalize(in, &map), in);
  EXPECT_EQ(map.segment_count(), 1u);
  EXPECT_EQ(map.ToOriginal(Span{3, 9}), (Span{3, 9}));
}

TEST(Normalize, EmptyInput) {
  OffsetMap map;
  EXPECT_EQ(Normalize("", &map), "");
  EXPECT_EQ(map.ToOriginal(Span{0, 0}), (Span{0, 0}));
  EXPECT_EQ(Normalize("", nullptr), "");
}

TEST(Normalize, InvalidBytesAreKeptAndMapped) {
  OffsetMap map;
  const std::string in = "ab\xFF\xC3 c\u00A0d";
  const std::string norm = Normalize(in, &map);
  EXPECT_EQ(norm, "ab\xFF\xC3 c d");
  EXPECT_EQ(Orig(in, map, Span{0, 4}), "ab\xFF\xC3");
  EXPECT_EQ(Orig(in, map, Span{5, 8}), "c\u00A0d");
}

TEST(Normalize, WithoutMapGivesTheSameText) {
  const std::string in = "l\u2019e\u0301te\u0301\u00A0: \u00AB oui \u00BB";
  OffsetMap map;
  EXPECT_EQ(Normalize(in, nullptr), Normalize(in, &map));
}

}  // namespace
}  // namespace sitrep::text
