#include "ingest/decompress.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::Gzip;
using testing::Zstd;

const std::string kText =
    "Au moins 88 civils ont été tués dans des frappes aériennes sur Alep, selon l'OSDH.\n";

TEST(DecompressTest, DetectsByMagicBytes) {
  EXPECT_EQ(DetectCompression(Gzip(kText)), Compression::kGzip);
  EXPECT_EQ(DetectCompression(Zstd(kText)), Compression::kZstd);
  EXPECT_EQ(DetectCompression(kText), Compression::kNone);
  EXPECT_EQ(DetectCompression("\x1f"), Compression::kNone);
  EXPECT_EQ(DetectCompression(""), Compression::kNone);
}

TEST(DecompressTest, RoundTripsGzipAndZstd) {
  std::string big;
  for (int i = 0; i < 5000; ++i) big += kText;
  for (const std::string& packed : {Gzip(big), Zstd(big)}) {
    StatusOr<std::string> out = Decompress(packed, 1 << 30);
    ASSERT_TRUE(out.ok()) << out.status().ToString();
    EXPECT_EQ(*out, big);
  }
}

TEST(DecompressTest, ConcatenatedGzipMembers) {
  StatusOr<std::string> out = Decompress(Gzip("first line\n") + Gzip("second line\n"), 1 << 20);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "first line\nsecond line\n");
}

TEST(DecompressTest, TruncatedGzipIsDataLossWithOffset) {
  std::string packed = Gzip(kText + kText + kText);
  packed.resize(packed.size() / 2);
  StatusOr<std::string> out = Decompress(packed, 1 << 20);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kDataLoss);
  ASSERT_TRUE(out.status().offset.has_value());
  EXPECT_EQ(*out.status().offset, packed.size());
  EXPECT_NE(out.status().message().find("truncated gzip"), std::string::npos);
}

TEST(DecompressTest, GzipMissingOnlyItsTrailerIsTruncated) {
  std::string packed = Gzip(kText);
  packed.resize(packed.size() - 4);
  StatusOr<std::string> out = Decompress(packed, 1 << 20);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kDataLoss);
}

TEST(DecompressTest, CorruptGzipIsDataLoss) {
  std::string packed = Gzip(kText);
  for (size_t i = 12; i < packed.size() - 8; ++i) packed[i] = static_cast<char>(0xff);
  StatusOr<std::string> out = Decompress(packed, 1 << 20);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kDataLoss);
  EXPECT_TRUE(out.status().offset.has_value());
}

TEST(DecompressTest, TruncatedZstdIsDataLoss) {
  std::string big;
  for (int i = 0; i < 200; ++i) big += kText;
  std::string packed = Zstd(big);
  packed.resize(packed.size() - 10);
  StatusOr<std::string> out = Decompress(packed, 1 << 20);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(*out.status().offset, packed.size());
}

TEST(DecompressTest, OutputLimitIsEnforced) {
  const std::string zeros(1 << 20, 'a');
  for (const std::string& packed : {Gzip(zeros), Zstd(zeros), zeros}) {
    StatusOr<std::string> out = Decompress(packed, 1000);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.status().code(), StatusCode::kInvalidArgument);
  }
}

TEST(DecompressTest, StripsCompressionSuffix) {
  EXPECT_EQ(StripCompressionSuffix("a/b.jsonl.gz"), "a/b.jsonl");
  EXPECT_EQ(StripCompressionSuffix("b.CSV.ZST"), "b.CSV");
  EXPECT_EQ(StripCompressionSuffix("b.html"), "b.html");
}

}  // namespace
}  // namespace sitrep::ingest
