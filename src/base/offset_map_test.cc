#include "base/offset_map.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(OffsetMap, IdentityMapsEachByte) {
  OffsetMap m = OffsetMap::Identity(5);
  EXPECT_EQ(m.ToOriginal(Span{1, 4}), (Span{1, 4}));
  EXPECT_EQ(m.ToOriginal(Span{0, 5}), (Span{0, 5}));
}

TEST(OffsetMap, ShrinkingPieceMapsToWholeOriginalRange) {
  // "a\u202Fb" (5 bytes) normalized to "a b" (3 bytes).
  OffsetMap m;
  m.Append(1, 0, 1);
  m.Append(1, 1, 4);
  m.Append(1, 4, 5);
  m.Finish(5);
  EXPECT_EQ(m.ToOriginal(Span{2, 3}), (Span{4, 5}));
  EXPECT_EQ(m.ToOriginal(Span{0, 3}), (Span{0, 5}));
  EXPECT_EQ(m.ToOriginal(Span{1, 2}), (Span{1, 4}));
}

TEST(OffsetMap, DeletedCharactersAreSkipped) {
  // "pre\u00ADmier" -> "premier": the soft hyphen (2 bytes) disappears.
  OffsetMap m;
  for (size_t i = 0; i < 3; ++i) m.Append(1, i, i + 1);
  m.Append(0, 3, 5);
  for (size_t i = 5; i < 9; ++i) m.Append(1, i, i + 1);
  m.Finish(9);
  EXPECT_EQ(m.ToOriginal(Span{0, 7}), (Span{0, 9}));
  EXPECT_EQ(m.ToOriginal(Span{3, 7}), (Span{5, 9}));
}

TEST(OffsetMap, CopiesMergeIntoOneSegment) {
  OffsetMap m;
  m.AppendCopy(3, 0);
  m.AppendCopy(4, 3);
  m.Append(1, 7, 8);
  m.Finish(8);
  EXPECT_EQ(m.segment_count(), 1u);
  EXPECT_EQ(m.ToOriginal(Span{2, 6}), (Span{2, 6}));
}

TEST(OffsetMap, GrowingPieceNeverCutsTheSourceCharacter) {
  // "xÅy" where the 2-byte Å came out as 3 bytes (e.g. A + ring decomposed).
  OffsetMap m;
  m.AppendCopy(1, 0);
  m.Append(3, 1, 3);
  m.AppendCopy(1, 3);
  m.Finish(4);
  EXPECT_EQ(m.ToOriginal(Span{1, 2}), (Span{1, 3}));
  EXPECT_EQ(m.ToOriginal(Span{2, 4}), (Span{1, 3}));
  EXPECT_EQ(m.ToOriginal(Span{4, 5}), (Span{3, 4}));
  EXPECT_EQ(m.ToOriginal(Span{0, 5}), (Span{0, 4}));
}

TEST(OffsetMap, EmptyAndOutOfRangeSpans) {
  OffsetMap m = OffsetMap::Identity(0);
  EXPECT_EQ(m.ToOriginal(Span{0, 0}), (Span{0, 0}));
  OffsetMap n = OffsetMap::Identity(4);
  EXPECT_EQ(n.ToOriginal(Span{2, 2}), (Span{2, 2}));
  EXPECT_EQ(n.ToOriginal(Span{3, 10}), (Span{3, 4}));
  EXPECT_EQ(n.ToOriginal(Span{9, 10}), (Span{4, 4}));
}

TEST(OffsetMap, UnbuiltMapIsIdentity) {
  OffsetMap m;
  EXPECT_EQ(m.ToOriginal(Span{3, 7}), (Span{3, 7}));
}

}  // namespace
}  // namespace sitrep
