// Tests for the event coder on real and realistic sentences, with the entities, counts and
// dates the recognizers would write filled in by hand.
#include "code/coder.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "sitrep/engine.h"

namespace sitrep::code {
namespace {

const Coder& TheCoder() {
  static std::unique_ptr<Coder> coder = [] {
    auto c = Coder::Load("data");
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return std::move(c).value();
  }();
  return *coder;
}

// A document with hand-filled recognizer output.
class Doc {
 public:
  Doc(std::string text, std::string lang, std::string published = "2020-05-09") {
    record_.doc.id = "t";
    record_.doc.text = std::move(text);
    record_.doc.lang = std::move(lang);
    record_.doc.published = std::move(published);
  }
  Span Find(const std::string& s, int nth = 0) const {
    size_t pos = record_.doc.text.find(s);
    for (int i = 0; i < nth && pos != std::string::npos; ++i) {
      pos = record_.doc.text.find(s, pos + 1);
    }
    EXPECT_NE(pos, std::string::npos) << s;
    return Span{pos, pos + s.size()};
  }
  Doc& Ent(const std::string& s, const std::string& kind, const std::string& name,
           std::optional<std::string> country = std::nullopt,
           std::optional<std::string> sector = std::nullopt,
           std::optional<std::string> id = std::nullopt, int nth = 0) {
    record_.entities.push_back(Entity{kind, s, Find(s, nth), name, id, country, sector});
    return *this;
  }
  Doc& Place(const std::string& s, const std::string& name, const std::string& country,
             const std::string& id, int nth = 0) {
    return Ent(s, "place", name, country, std::nullopt, id, nth);
  }
  // Tags every whole-word occurrence of `s` (not followed by '-' or a letter) as a place.
  Doc& PlaceAll(const std::string& s, const std::string& name, const std::string& country,
                const std::string& id) {
    const std::string& t = record_.doc.text;
    for (size_t pos = t.find(s); pos != std::string::npos; pos = t.find(s, pos + 1)) {
      const size_t end = pos + s.size();
      if (end < t.size() && (t[end] == '-' || std::isalpha(static_cast<unsigned char>(t[end])))) {
        continue;
      }
      record_.entities.push_back(
          Entity{"place", s, Span{pos, end}, name, id, country, std::nullopt});
    }
    return *this;
  }
  Doc& Cnt(const std::string& s, const std::string& what, std::optional<std::string> who,
           int64_t value, const std::string& qualifier = "exact",
           std::optional<int> subset_of = std::nullopt) {
    Count c;
    c.what = what;
    c.who = std::move(who);
    c.value = value;
    c.qualifier = qualifier;
    c.text = s;
    c.span = Find(s);
    c.subset_of = subset_of;
    record_.counts.push_back(std::move(c));
    return *this;
  }
  Doc& Date(const std::string& s, const std::string& date) {
    record_.dates.push_back(DateMention{s, Find(s), date, false});
    return *this;
  }
  const std::vector<Event>& Run() {
    analysis_ = text::Analyze(record_.doc.text, record_.doc.lang);
    record_.events.clear();
    TheCoder().Run(analysis_, record_.doc, &record_);
    return record_.events;
  }
  std::string Json() const { return ToJson(record_); }
  // The event of `type` whose evidence holds `needle`, or nullptr.
  const Event* Of(const std::string& type, const std::string& needle = "") const {
    for (const Event& e : record_.events) {
      if (e.type == type && record_.doc.Slice(e.evidence).find(needle) != std::string::npos) {
        return &e;
      }
    }
    return nullptr;
  }
  const Record& record() const { return record_; }

 private:
  Record record_;
  text::Analysis analysis_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The seed article with what entities, geo, counts and dates write before the coder runs.
Doc SeedDoc() {
  Doc d(ReadFile("../shared/seed/000_5345cd30320c7e53.txt"), "fr", "2016-12-23");
  d.Ent("l'armée syrienne", "organization", "Syrian Arab Army", "SYR", "MIL")
      .Ent("Vladimir Poutine", "person", "Vladimir Putin", "RUS", "GOV")
      .Ent("Poutine", "person", "Vladimir Putin", "RUS", "GOV", std::nullopt, 1)
      .Ent("Sergueï Choïgou", "person", "Sergei Shoigu", "RUS", "GOV")
      .Ent("Conseil de sécurité de l'ONU", "organization", "UN Security Council", std::nullopt,
           "IGO")
      .Ent("Daech", "armed_group", "Islamic State", std::nullopt, "REB")
      .Ent("Syrie", "state", "Syria", "SYR", std::nullopt, "SYR")
      .PlaceAll("Alep", "Aleppo", "SYR", "170063")
      .PlaceAll("Alep-Est", "Aleppo", "SYR", "170063")
      .PlaceAll("Al-Bab", "Al Bab", "SYR", "174018");
  d.Cnt("au moins 88 civils", "killed", "civilians", 88, "at_least")
      .Cnt("21 enfants", "killed", "children", 21, "exact", 0)
      .Cnt("près de 110.000 personnes", "evacuated", "people", 110000, "about")
      .Cnt("9.000 combattants", "surrendered", "fighters", 9000)
      .Cnt("une trentaine d'observateurs", "deployed", "observers", 30, "about");
  d.Date("hier", "2016-12-22").Date("lundi dernier", "2016-12-19");
  return d;
}

TEST(CoderTest, SeedAlBabAirStrikes) {
  Doc d = SeedDoc();
  d.Run();
  const Event* e = d.Of("ASSAULT", "Al-Bab");
  ASSERT_NE(e, nullptr) << d.Json();
  EXPECT_EQ(e->mode, "aerial");
  ASSERT_TRUE(e->acled);
  EXPECT_EQ(e->acled->event_type, "Explosions/Remote violence");
  EXPECT_EQ(e->acled->sub_event_type, "Air/drone strike");
  EXPECT_EQ(e->cameo, "195");
  ASSERT_TRUE(e->actor1);
  EXPECT_EQ(e->actor1->country, "TUR");
  EXPECT_EQ(e->actor1->sector, "MIL");
  EXPECT_EQ(e->actor1->text, "turcs");
  ASSERT_TRUE(e->actor2);
  EXPECT_EQ(e->actor2->sector, "CVL");
  EXPECT_EQ(e->actor2->text, "civils");
  ASSERT_TRUE(e->location);
  EXPECT_EQ(e->location->text, "Al-Bab");
  EXPECT_EQ(e->location->country, "SYR");
  EXPECT_EQ(e->fatalities, 88);
  ASSERT_EQ(e->counts.size(), 2u);
  EXPECT_EQ(e->counts[0].value, 88);
  EXPECT_EQ(e->counts[0].qualifier, "at_least");
  EXPECT_EQ(e->counts[1].value, 21);
  EXPECT_EQ(e->counts[1].subset_of, 0);
  EXPECT_EQ(e->id.substr(0, 3), "t#e");
  EXPECT_GE(e->confidence, 0.9);
  const std::string_view ev = d.record().doc.Slice(e->evidence);
  EXPECT_EQ(ev.substr(0, 13), "Plus au nord,");
}

TEST(CoderTest, SeedEvacuationSurrenderAndRetaking) {
  Doc d = SeedDoc();
  d.Run();
  const Event* evac = d.Of("AID", "évacuées");
  ASSERT_NE(evac, nullptr) << d.Json();
  ASSERT_FALSE(evac->counts.empty());
  EXPECT_EQ(evac->counts[0].value, 110000);
  EXPECT_EQ(evac->fatalities, std::nullopt);
  const Event* arms = d.Of("RETREAT", "déposé les armes");
  ASSERT_NE(arms, nullptr);
  EXPECT_EQ(arms->mode, "disarm");
  ASSERT_EQ(arms->counts.size(), 1u);
  EXPECT_EQ(arms->counts[0].value, 9000);
  ASSERT_TRUE(arms->actor1);
  EXPECT_EQ(arms->actor1->sector, "REB");
  const Event* retake = d.Of("ASSAULT", "reprise du contrôle");
  ASSERT_NE(retake, nullptr);
  ASSERT_TRUE(retake->acled);
  EXPECT_EQ(retake->acled->event_type, "Battles");
  EXPECT_EQ(retake->acled->sub_event_type, "Government regains territory");
  ASSERT_TRUE(retake->actor1);
  EXPECT_EQ(retake->actor1->country, "SYR");
  EXPECT_EQ(retake->actor1->sector, "MIL");
  // "sa libération du terrorisme et des terroristes" is the same retaking: its target.
  if (retake->actor2) {
    EXPECT_EQ(retake->actor2->sector, "REB");
  }
  EXPECT_EQ(retake->date, "2016-12-22");
  ASSERT_TRUE(retake->location);
  EXPECT_EQ(retake->location->name, "Aleppo");
  // One event per real-world event: one retaking, one evacuation, one surrender.
  int n_evac = 0, n_arms = 0;
  for (const Event& e : d.record().events) {
    n_evac += e.type == "AID" && e.cameo == "073";
    n_arms += e.type == "RETREAT";
  }
  EXPECT_EQ(n_evac, 1);
  EXPECT_EQ(n_arms, 1);
}

TEST(CoderTest, SeedMeetingAndObservers) {
  Doc d = SeedDoc();
  d.Run();
  const Event* meet = d.Of("CONSULT", "réunion");
  ASSERT_NE(meet, nullptr) << d.Json();
  ASSERT_TRUE(meet->actor1);
  EXPECT_EQ(meet->actor1->name, "Vladimir Putin");
  ASSERT_TRUE(meet->actor2);
  EXPECT_EQ(meet->actor2->country, "RUS");
  const Event* obs = d.Of("AID", "observateurs");
  ASSERT_NE(obs, nullptr);
  EXPECT_EQ(obs->cameo, "074");
  ASSERT_TRUE(obs->actor1);
  EXPECT_EQ(obs->actor1->sector, "IGO");
  for (const Event& e : d.record().events) {
    EXPECT_NE(e.type, "MOBILIZE") << d.record().doc.Slice(e.evidence);
    EXPECT_NE(e.type, "PROTEST");
  }
}

}  // namespace
}  // namespace sitrep::code
