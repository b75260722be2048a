#include <gtest/gtest.h>

#include "ingest/readers.h"
#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::ReadWith;

// A news page shaped like real ones: navigation, a header, the article with its metadata,
// a share bar of links, an aside, a footer, scripts and a cookie form.
const char kNewsPage[] = R"html(<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Syrie : l'armée annonce la reprise d'Alep - Le Journal</title>
  <meta property="og:title" content="Syrie : l'armée annonce la reprise d'Alep">
  <meta property="article:published_time" content="2016-12-22T19:45:00+01:00">
  <meta property="og:url" content="https://example.org/og/alep">
  <link rel="canonical" href="https://example.org/monde/alep">
  <style>body { color: red; }</style>
  <script>var tracking = "ne pas garder";</script>
</head>
<body>
  <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
  <header><div class="logo">Le Journal</div></header>
  <main>
    <article>
      <h1>L&#39;arm&eacute;e syrienne annonce la reprise d&rsquo;Alep</h1>
      <p>« Grâce au sang de nos martyrs, le commandement général des forces armées annonce le
         retour de la sécurité à Alep », a annoncé un communiqué de l'armée.</p>
      <p>Selon l'OSDH, près de <b>110.000 personnes</b> ont quitté<br>les quartiers est.</p>
      <div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Mail</a></div>
      <p hidden>Texte caché</p>
      <ul><li>Premier point</li><li>Second point</li></ul>
    </article>
    <aside>À lire aussi : autre chose</aside>
  </main>
  <form><input type="text"><button>Accepter les cookies</button></form>
  <footer>© Le Journal</footer>
  <script>document.write("non");</script>
</body>
</html>)html";

TEST(HtmlReaderTest, ExtractsTheArticleAndItsMetadata) {
  auto docs = ReadWith("html", kNewsPage, "pages/alep.html");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].status().ToString();
  const Document& doc = *docs[0];
  EXPECT_EQ(doc.id, "pages/alep.html");
  EXPECT_EQ(doc.title, "Syrie : l'armée annonce la reprise d'Alep");
  EXPECT_EQ(doc.url, "https://example.org/monde/alep");
  EXPECT_EQ(doc.published, "2016-12-22");
  EXPECT_EQ(doc.text,
            "L'armée syrienne annonce la reprise d\u2019Alep\n\n"
            "« Grâce au sang de nos martyrs, le commandement général des forces armées annonce "
            "le retour de la sécurité à Alep », a annoncé un communiqué de l'armée.\n\n"
            "Selon l'OSDH, près de 110.000 personnes ont quitté\nles quartiers est.\n\n"
            "Premier point\nSecond point");
  EXPECT_TRUE(doc.errors.empty());
}

TEST(HtmlReaderTest, DateFromOtherMetaTagsAndTime) {
  struct Case {
    const char* head;
    const char* body;
    const char* expected;
  } cases[] = {
      {R"(<meta name="date" content="2020-05-03">)", "", "2020-05-03"},
      {R"(<meta name="pubdate" content="20200504">)", "", "2020-05-04"},
      {R"(<meta itemprop="datePublished" content="2020-05-05T08:00:00Z">)", "", "2020-05-05"},
      {R"(<meta property="og:published_time" content="2020-05-06">)", "", "2020-05-06"},
      {"", R"(<p>Posted <time datetime="2020-05-07T10:00">7 May</time></p>)", "2020-05-07"},
      {"", R"(<time datetime="2020-01-01">x</time><time pubdate datetime="2020-05-08">y</time>)",
       "2020-05-08"},
      {R"(<meta name="date" content="last week">)", "", nullptr},
  };
  for (const Case& c : cases) {
    const std::string page = std::string("<html><head>") + c.head +
                             "</head><body><p>Des manifestants ont défilé à Bamako.</p>" + c.body +
                             "</body></html>";
    auto docs = ReadWith("html", page, "p.html");
    ASSERT_TRUE(docs[0].ok());
    if (c.expected) {
      EXPECT_EQ(docs[0]->published, c.expected) << page;
    } else {
      EXPECT_FALSE(docs[0]->published.has_value()) << page;
    }
  }
}

TEST(HtmlReaderTest, TitleFallsBackToTitleThenH1AndUrlToOgUrl) {
  auto docs = ReadWith("html",
                       "<html><head><title> Séisme  en Turquie </title>"
                       "<meta property='og:url' content='https://ex.org/seisme'></head>"
                       "<body><p>Un séisme a frappé l'est du pays.</p></body></html>",
                       "t.html");
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->title, "Séisme en Turquie");
  EXPECT_EQ(docs[0]->url, "https://ex.org/seisme");
  docs = ReadWith("html", "<body><h1>Floods in Kerala</h1><p>Rain fell for a week.</p></body>",
                  "h.html");
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->title, "Floods in Kerala");
  EXPECT_EQ(docs[0]->text, "Floods in Kerala\n\nRain fell for a week.");
}

TEST(HtmlReaderTest, LargestArticleWinsAndPreKeepsItsLines) {
  auto docs = ReadWith("html",
                       "<body><article><p>Court.</p></article>"
                       "<article><p>Le second article est le plus long des deux.</p>"
                       "<pre>ligne 1\n  ligne 2</pre></article></body>",
                       "two.html");
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->text, "Le second article est le plus long des deux.\n\nligne 1\n  ligne 2");
}

TEST(HtmlReaderTest, PageWithoutTextIsAnError) {
  auto docs = ReadWith("html", "<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>",
                       "empty.html");
  ASSERT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].status().ToString().find("empty.html"), std::string::npos);
  EXPECT_NE(docs[0].status().message().find("empty"), std::string::npos);
}

TEST(HtmlReaderTest, InvalidUtf8IsReported) {
  auto docs = ReadWith("html", "<p>Arm\xE9""e</p>", "l.html");
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->text, "Arm\uFFFDe");
  ASSERT_EQ(docs[0]->errors.size(), 1u);
  EXPECT_NE(docs[0]->errors[0].message.find("byte 6"), std::string::npos);
}

TEST(HtmlReaderTest, DeepNestingIsReadUpToALimit) {
  std::string page;
  for (int i = 0; i < 3000; ++i) page += "<div><span>";
  page += "profond";
  auto docs = ReadWith("html", page, "deep.html");
  ASSERT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].status().message().find("nested deeper"), std::string::npos);
  page.clear();
  // Thousands of paragraphs and list items whose end tags are implied are not nesting.
  for (int i = 0; i < 3000; ++i) page += "<div><p>Paragraphe<li>point";
  for (int i = 0; i < 3000; ++i) page += "</div>";
  docs = ReadWith("html", page, "wide.html");
  ASSERT_TRUE(docs[0].ok()) << docs[0].status().ToString();
  EXPECT_TRUE(docs[0]->text.starts_with("Paragraphe\n\npoint\n\nParagraphe"));
  page.assign(3000, '<');
  for (int i = 0; i < 1000; ++i) page += "<div>";
  page += "profond";
  docs = ReadWith("html", page, "deep2.html");
  ASSERT_TRUE(docs[0].ok());
  EXPECT_TRUE(docs[0]->text.ends_with("profond"));
}

}  // namespace
}  // namespace sitrep::ingest
