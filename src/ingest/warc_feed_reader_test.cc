#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::Gzip;
using testing::ReadWith;

std::string WarcRecord(const std::string& type, const std::string& id, const std::string& uri,
                       const std::string& content_type, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id +
         ">\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string HttpResponse(const std::string& status, const std::string& headers,
                         const std::string& body) {
  return "HTTP/1.1 " + status + "\r\n" + headers + "\r\n" + body;
}

const std::string kPage =
    "<html><head><title>Mali : attaque à Bamako</title>"
    "<meta name=\"date\" content=\"2020-05-02\"></head><body><nav>Menu</nav>"
    "<p>Des hommes armés ont attaqué un poste de police à Bamako.</p></body></html>";

TEST(WarcReaderTest, ResponseRecordsBecomeDocuments) {
  std::string chunked = "1a\r\n" + kPage.substr(0, 26) + "\r\n" +
                        [&] {
                          char buf[16];
                          std::snprintf(buf, sizeof buf, "%zx", kPage.size() - 26);
                          return std::string(buf);
                        }() +
                        "\r\n" + kPage.substr(26) + "\r\n0\r\n\r\n";
  const std::string warc =
      WarcRecord("warcinfo", "0", "", "application/warc-fields", "software: test\r\n") +
      WarcRecord("request", "1", "https://ex.org/a", "application/http; msgtype=request",
                 "GET /a HTTP/1.1\r\nHost: ex.org\r\n\r\n") +
      WarcRecord("response", "2", "https://ex.org/a", "application/http; msgtype=response",
                 HttpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", kPage)) +
      WarcRecord("response", "3", "https://ex.org/logo.png", "application/http; msgtype=response",
                 HttpResponse("200 OK", "Content-Type: image/png\r\n", std::string("\x89PNG\0\0", 6))) +
      WarcRecord("response", "4", "https://ex.org/missing", "application/http; msgtype=response",
                 HttpResponse("404 Not Found", "Content-Type: text/html\r\n", "<p>Not found</p>")) +
      WarcRecord("response", "5", "https://ex.org/gz", "application/http; msgtype=response",
                 HttpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                              Gzip(kPage))) +
      WarcRecord("response", "6", "https://ex.org/chunked", "application/http; msgtype=response",
                 HttpResponse("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                              chunked)) +
      WarcRecord("resource", "7", "file:///notes.txt", "text/plain",
                 "Plain notes: the attack was claimed.");
  auto docs = ReadWith("warc", warc, "crawl.warc");
  ASSERT_EQ(docs.size(), 4u);
  for (const auto& d : docs) ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(docs[0]->id, "urn:uuid:2");
  EXPECT_EQ(docs[0]->url, "https://ex.org/a");
  EXPECT_EQ(docs[0]->title, "Mali : attaque à Bamako");
  EXPECT_EQ(docs[0]->published, "2020-05-02");
  EXPECT_EQ(docs[0]->text, "Des hommes armés ont attaqué un poste de police à Bamako.");
  EXPECT_EQ(docs[1]->text, docs[0]->text);
  EXPECT_EQ(docs[2]->text, docs[0]->text);
  EXPECT_EQ(docs[2]->url, "https://ex.org/chunked");
  EXPECT_EQ(docs[3]->text, "Plain notes: the attack was claimed.");
  EXPECT_EQ(docs[3]->source, "crawl.warc");
}

TEST(WarcReaderTest, TruncatedRecordIsDataLossAndEarlierRecordsSurvive) {
  std::string warc = WarcRecord("resource", "1", "u", "text/plain", "Premier document.") +
                     WarcRecord("resource", "2", "u", "text/plain", "Second document, coupé.");
  warc.resize(warc.size() - 15);
  auto docs = ReadWith("warc", warc, "cut.warc");
  ASSERT_EQ(docs.size(), 2u);
  ASSERT_TRUE(docs[0].ok());
  ASSERT_FALSE(docs[1].ok());
  EXPECT_EQ(docs[1].status().code(), StatusCode::kDataLoss);
  EXPECT_TRUE(docs[1].status().offset.has_value());
  EXPECT_NE(docs[1].status().ToString().find("cut.warc"), std::string::npos);
}

TEST(WarcReaderTest, DetectedAndReadThroughReadBuffer) {
  const std::string warc = WarcRecord("resource", "1", "u", "text/plain", "Un document.");
  auto docs = testing::ReadBufferAll(Gzip(warc), "crawl.warc.gz");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->text, "Un document.");
}

TEST(FeedReaderTest, RssItems) {
  const std::string rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Le fil</title><link>https://ex.org</link>
<item>
  <title>Burkina Faso : une attaque fait 15 morts</title>
  <link>https://ex.org/bf</link>
  <guid isPermaLink="false">bf-2020-05-03</guid>
  <pubDate>Sun, 03 May 2020 09:30:00 +0000</pubDate>
  <description>&lt;p&gt;Au moins 15 civils ont été tués &amp;amp; 4 blessés.&lt;/p&gt;</description>
</item>
<item>
  <title>Niger</title>
  <link>https://ex.org/ne</link>
  <content:encoded><![CDATA[<p>Des soldats ont été déployés à Niamey.</p><script>x()</script>]]></content:encoded>
</item>
<item><title>Vide</title></item>
</channel></rss>)";
  auto docs = ReadWith("feed", rss, "fil.rss");
  ASSERT_EQ(docs.size(), 3u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].status().ToString();
  EXPECT_EQ(docs[0]->id, "bf-2020-05-03");
  EXPECT_EQ(docs[0]->title, "Burkina Faso : une attaque fait 15 morts");
  EXPECT_EQ(docs[0]->url, "https://ex.org/bf");
  EXPECT_EQ(docs[0]->published, "2020-05-03");
  EXPECT_EQ(docs[0]->text, "Au moins 15 civils ont été tués & 4 blessés.");
  ASSERT_TRUE(docs[1].ok());
  EXPECT_EQ(docs[1]->id, "fil.rss#2");
  EXPECT_EQ(docs[1]->text, "Des soldats ont été déployés à Niamey.");
  ASSERT_FALSE(docs[2].ok());
  EXPECT_NE(docs[2].status().message().find("no content"), std::string::npos);
}

TEST(FeedReaderTest, AtomEntries) {
  const std::string atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
<entry>
  <title type="html">Floods in Kerala &#8212; 20 dead</title>
  <link rel="self" href="https://ex.org/self"/>
  <link rel="alternate" href="https://ex.org/kerala"/>
  <id>tag:ex.org,2019:kerala</id>
  <published>2019-08-10T06:00:00Z</published>
  <content type="html">&lt;p&gt;At least 20 people died.&lt;/p&gt;&lt;p&gt;Thousands were evacuated.&lt;/p&gt;</content>
</entry>
</feed>)";
  auto docs = ReadWith("feed", atom, "news.atom");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].status().ToString();
  EXPECT_EQ(docs[0]->id, "tag:ex.org,2019:kerala");
  EXPECT_EQ(docs[0]->title, "Floods in Kerala \u2014 20 dead");
  EXPECT_EQ(docs[0]->url, "https://ex.org/kerala");
  EXPECT_EQ(docs[0]->published, "2019-08-10");
  EXPECT_EQ(docs[0]->text, "At least 20 people died.\n\nThousands were evacuated.");
}

TEST(FeedReaderTest, FeedWithoutItemsIsAnError) {
  auto docs = ReadWith("feed", "<rss><channel><title>x</title></channel></rss>", "e.rss");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].ok());
}

}  // namespace
}  // namespace sitrep::ingest
