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

}  // namespace
}  // namespace sitrep
