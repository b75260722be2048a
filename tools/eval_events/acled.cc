// EvalAcled: see evals.h.
#include <iostream>
#include <regex>

#include "csv.h"
#include "evals.h"

namespace sitrep::eval_events {
namespace {

// "9-May-20" -> "2020-05-09"; empty when the format differs.
std::string IsoDate(const std::string& d) {
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const size_t a = d.find('-'), b = d.rfind('-');
  if (a == std::string::npos || b == a) return "";
  const std::string mon = d.substr(a + 1, b - a - 1);
  for (int m = 0; m < 12; ++m) {
    if (mon == kMonths[m]) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "20%s-%02d-%02d", d.substr(b + 1).c_str(), m + 1,
                    std::stoi(d.substr(0, a)));
      return buf;
    }
  }
  return "";
}

// Whether the note states the number of deaths or says there were none.
bool StatesFatalities(const std::string& notes) {
  static const std::regex kUnknown("coded as 10|unknown number of fatalities|split (up )?between",
                                   std::regex::icase);
  static const std::regex kStated(
      "fatalit|casualt|killed|dead|died|death|no injur|unharmed|bodies|body of",
      std::regex::icase);
  return !std::regex_search(notes, kUnknown) && std::regex_search(notes, kStated);
}

// The record's country as ISO 3166 alpha-3. ACLED keeps a few legacy codes that ISO
// replaced: ROM for Romania (ISO ROU since 2002). Kosovo's XKX is kept: sitrep writes it too.
std::string IsoCountry(const CsvRow& row) {
  const std::string& iso3 = row.at("iso3");
  return iso3 == "ROM" ? "ROU" : iso3;
}

bool SectorMatches(const std::string& inter1, const std::optional<Actor>& actor) {
  const std::string s = actor && actor->sector ? *actor->sector : "";
  if (inter1 == "1") return s == "MIL" || s == "GOV" || s == "COP";
  if (inter1 == "2") return s == "REB";
  return s == "CVL";
}

bool PlaceMatches(const CsvRow& row, const std::optional<Location>& loc) {
  if (!loc) return false;
  for (const char* col : {"location", "admin2", "admin3"}) {
    const std::string gold = Fold(row.at(col));
    if (!gold.empty() && (Fold(loc->name) == gold || Fold(loc->text) == gold)) return true;
  }
  return false;
}

void Score(const CsvRow& row, const Record& rec, const EvalOptions& options, Scores* s) {
  const Event* e = MostConfident(rec.events);
  const bool type_ok = e && e->acled && e->acled->event_type == row.at("event_type");
  const bool sub_ok = e && e->acled && e->acled->sub_event_type == row.at("sub_event_type");
  (*s)["event_found"].Add(e != nullptr);
  (*s)["event_type"].Add(type_ok);
  (*s)["sub_event_type"].Add(sub_ok);
  (*s)["country"].Add(e && e->location && e->location->country == IsoCountry(row));
  (*s)["place"].Add(e && PlaceMatches(row, e->location));
  if (StatesFatalities(row.at("notes"))) {
    const int64_t got = e && e->fatalities ? *e->fatalities : 0;
    (*s)["fatalities"].Add(got == std::stoll(row.at("fatalities")));
    if (options.verbose && got != std::stoll(row.at("fatalities"))) {
      std::cerr << "FATAL " << row.at("fatalities") << " <- " << got << " | " << row.at("notes")
                << "\n";
    }
  }
  const std::string& inter1 = row.at("inter1");
  if (inter1 == "1" || inter1 == "2" || inter1 == "6" || inter1 == "7") {
    const bool sector_ok = e && SectorMatches(inter1, e->actor1);
    (*s)["actor1_sector"].Add(sector_ok);
    if (options.verbose && !sector_ok) {
      std::cerr << "SECTOR " << inter1 << " <- "
                << (e && e->actor1 ? e->actor1->text + "/" + e->actor1->sector.value_or("-") : "-")
                << " | " << row.at("notes").substr(0, 200) << "\n";
    }
  }
  if (options.verbose && !(e && e->location && e->location->country == IsoCountry(row))) {
    std::cerr << "PLACE " << IsoCountry(row) << "/" << row.at("location") << " <- "
              << (e && e->location ? e->location->text + "/" + e->location->country.value_or("-")
                                   : "-")
              << " | " << row.at("notes").substr(0, 200) << "\n";
  }
  if (options.verbose && e && e->location && e->location->country == IsoCountry(row) &&
      !PlaceMatches(row, e->location)) {
    std::cerr << "NAME " << row.at("location") << " / " << row.at("admin2") << " / "
              << row.at("admin3") << " <- " << e->location->text << " / " << e->location->name
              << " | " << row.at("notes").substr(0, 160) << "\n";
  }
  if (options.verbose && !sub_ok) {
    std::cerr << "MISS " << row.at("sub_event_type") << " <- "
              << (e && e->acled ? e->acled->sub_event_type : "-") << " (" << (e ? e->type : "")
              << ") | " << row.at("notes").substr(0, 240) << "\n";
  }
}

}  // namespace

StatusOr<Scores> EvalAcled(const Engine& engine, const std::string& csv_path,
                           const EvalOptions& options) {
  SITREP_ASSIGN_OR_RETURN(std::vector<CsvRow> rows, ReadCsv(csv_path));
  Scores s;
  size_t n = 0;
  for (const CsvRow& row : rows) {
    if (options.limit && n++ >= options.limit) break;
    Document doc;
    doc.id = row.at("event_id_cnty");
    doc.source = csv_path;
    doc.lang = "en";
    doc.text = row.at("notes");
    const std::string date = IsoDate(row.at("event_date"));
    if (!date.empty()) doc.published = date;
    Score(row, engine.Extract(std::move(doc)), options, &s);
  }
  return s;
}

}  // namespace sitrep::eval_events
