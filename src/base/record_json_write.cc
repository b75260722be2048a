// JSON writer for Record: appends the text of ToJson (compact) or ToPrettyJson straight into one
// string, with no JSON value built in between. Its output is byte-identical to dumping
// RecordJsonValue with indent -1 or 2 (the same keys in the same order, nlohmann's layout,
// number format and string escaping, invalid UTF-8 replaced by U+FFFD); record_json_test.cc
// checks the two against each other.
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

#include "base/record_json.h"
#include "base/utf8.h"
#include "sitrep/engine.h"

namespace sitrep {
namespace {

class Writer {
 public:
  // pretty: nlohmann's dump with indent 2 (a newline and the indent before each key or item,
  // "key": value); else its compact dump.
  Writer(std::string* out, bool pretty) : out_(*out), pretty_(pretty) {}

  void Null() { out_.append("null", 4); }
  void Bool(bool b) { b ? out_.append("true", 4) : out_.append("false", 5); }

  template <typename T>
  void Int(T v) {
    std::array<char, 24> buf;
    auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    out_.append(buf.data(), static_cast<size_t>(res.ptr - buf.data()));
  }

  // nlohmann's format: Grisu2 digits laid out like printf's %g, "null" when not finite.
  void Double(double v) {
    if (!std::isfinite(v)) return Null();
    std::array<char, 64> buf;
    char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), v);
    out_.append(buf.data(), static_cast<size_t>(end - buf.data()));
  }

  void Str(std::string_view s) {
    const size_t start = out_.size();
    out_.push_back('"');
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    size_t run = 0;  // start of the bytes not yet copied
    for (size_t i = 0; i < n; ++i) {
      // Eight bytes at a time while none needs a look (most of a record's text).
      while (i + 8 <= n && !NeedsLook(p + i)) i += 8;
      if (i >= n) break;
      const unsigned char c = p[i];
      if (c >= 0x80) {
        // Multi-byte sequences are copied as they are when valid; a string with an invalid
        // one is written by nlohmann, whose replacement rules this writer does not repeat.
        const size_t len = Utf8SequenceLength(s, i);
        if (len == 0) return Fallback(start, s);
        i += len - 1;
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      Escape(c);
    }
    out_.append(s.data() + run, n - run);
    out_.push_back('"');
  }

  // Object fields: Begin writes '{', each F writes `,"key":value` (no comma after '{'), End
  // writes '}'. Key writes the key alone, before a value written some other way.
  Writer& Begin() {
    out_.push_back('{');
    ++depth_;
    first_ = true;
    return *this;
  }
  void End() {
    --depth_;
    if (pretty_) NewLine();
    out_.push_back('}');
    first_ = false;
  }
  // `key` is a literal, so its length is a constant and the copy inline.
  template <size_t N>
  Writer& Key(const char (&key)[N]) {
    if (pretty_) return PrettyKey(std::string_view(key, N - 1));
    char* p = Grow((first_ ? 0 : 1) + N + 2);
    if (!first_) *p++ = ',';
    first_ = false;
    *p++ = '"';
    std::memcpy(p, key, N - 1);
    p += N - 1;
    *p++ = '"';
    *p = ':';
    return *this;
  }
  template <size_t N, typename T>
  Writer& F(const char (&key)[N], const T& v) {
    Key(key);
    Value(v);
    return *this;
  }

  void Value(const std::string& s) { Str(s); }
  void Value(double d) { Double(d); }
  void Value(bool b) { Bool(b); }
  void Value(int64_t i) { Int(i); }
  void Value(uint64_t i) { Int(i); }
  void Value(int i) { Int(i); }
  void Value(const Span& s) {
    if (pretty_) return List(std::vector<size_t>{s.start, s.end}, [](Writer& w, size_t i) {
      w.Int(i);
    });
    out_.push_back('[');
    Int(s.start);
    out_.push_back(',');
    Int(s.end);
    out_.push_back(']');
  }
  template <typename T>
  void Value(const std::optional<T>& v) {
    if (!v) return Null();
    Value(*v);
  }

  // Items separated by commas, each written by write_one(*this, item).
  template <typename T, typename Fn>
  void List(const std::vector<T>& items, Fn write_one) {
    out_.push_back('[');
    ++depth_;
    for (size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out_.push_back(',');
      if (pretty_) NewLine();
      write_one(*this, items[i]);
    }
    --depth_;
    if (pretty_ && !items.empty()) NewLine();
    out_.push_back(']');
    first_ = false;
  }

 private:
  void NewLine() {
    out_.push_back('\n');
    out_.append(2 * static_cast<size_t>(depth_), ' ');
  }
  Writer& PrettyKey(std::string_view key) {
    if (!first_) out_.push_back(',');
    first_ = false;
    NewLine();
    out_.push_back('"');
    out_.append(key);
    out_.append("\": ", 3);
    return *this;
  }

  // Makes room for n more bytes at the end of out_ and returns where they start.
  char* Grow(size_t n) {
    const size_t size = out_.size();
    out_.resize(size + n);
    return out_.data() + size;
  }

  void Escape(unsigned char c) {
    switch (c) {
      case '\b': out_.append("\\b", 2); return;
      case '\t': out_.append("\\t", 2); return;
      case '\n': out_.append("\\n", 2); return;
      case '\f': out_.append("\\f", 2); return;
      case '\r': out_.append("\\r", 2); return;
      case '"': out_.append("\\\"", 2); return;
      case '\\': out_.append("\\\\", 2); return;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out_.append(u, 6);
      }
    }
  }

  // True if one of the 8 bytes at p is a control byte, '"', '\\' or not ASCII (SWAR: a byte
  // below 0x20 or equal to a given one borrows into its high bit).
  static bool NeedsLook(const unsigned char* p) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    constexpr uint64_t kHigh = 0x8080808080808080ULL;
    uint64_t w;
    std::memcpy(&w, p, 8);
    const uint64_t quote = w ^ (kOnes * '"');
    const uint64_t backslash = w ^ (kOnes * '\\');
    const uint64_t low = (w - kOnes * 0x20) | (quote - kOnes) | (backslash - kOnes);
    return ((low & ~w) | w) & kHigh;
  }

  // Rewrites the string from its opening quote (at `start` in out_) with nlohmann's dump.
  void Fallback(size_t start, std::string_view s) {
    out_.resize(start);
    out_.append(nlohmann::json(std::string(s)).dump(-1, ' ', false,
                                                    nlohmann::json::error_handler_t::replace));
  }

  std::string& out_;
  const bool pretty_;
  int depth_ = 0;     // objects and lists open
  bool first_ = true;  // no key written yet in the innermost object
};

void WriteCount(Writer& w, const Count& c) {
  w.Begin().F("what", c.what).F("who", c.who).F("value", c.value).F("low", c.low);
  w.F("high", c.high).F("qualifier", c.qualifier).F("text", c.text).F("span", c.span);
  w.F("subset_of", c.subset_of).End();
}

void WriteActor(Writer& w, const std::optional<Actor>& a) {
  if (!a) return w.Null();
  w.Begin().F("text", a->text).F("span", a->span).F("name", a->name);
  w.F("country", a->country).F("sector", a->sector).End();
}

void WriteLocation(Writer& w, const std::optional<Location>& l) {
  if (!l) return w.Null();
  w.Begin().F("text", l->text).F("span", l->span).F("name", l->name);
  w.F("country", l->country).F("admin1", l->admin1).F("lat", l->lat).F("lon", l->lon);
  w.F("geonames_id", l->geonames_id).F("precision", l->precision).End();
}

void WriteEvent(Writer& w, const Event& e) {
  w.Begin().F("id", e.id).F("type", e.type).F("mode", e.mode).Key("acled");
  if (e.acled) {
    w.Begin().F("event_type", e.acled->event_type);
    w.F("sub_event_type", e.acled->sub_event_type).End();
  } else {
    w.Null();
  }
  w.F("cameo", e.cameo).Key("actor1");
  WriteActor(w, e.actor1);
  w.Key("actor2");
  WriteActor(w, e.actor2);
  w.Key("location");
  WriteLocation(w, e.location);
  w.F("date", e.date).F("date_text", e.date_text).Key("counts");
  w.List(e.counts, WriteCount);
  w.F("fatalities", e.fatalities).F("evidence", e.evidence).F("confidence", e.confidence);
  w.F("cluster", e.cluster).F("duplicate", e.duplicate).End();
}

void WriteQuote(Writer& w, const Quote& q) {
  w.Begin().F("text", q.text).F("span", q.span).F("direct", q.direct).Key("speaker");
  if (q.speaker) {
    const Speaker& s = *q.speaker;
    w.Begin().F("text", s.text).F("span", s.span).F("name", s.name).F("kind", s.kind).End();
  } else {
    w.Null();
  }
  w.Key("cue");
  if (q.cue) {
    w.Begin().F("text", q.cue->text).F("span", q.cue->span).End();
  } else {
    w.Null();
  }
  w.End();
}

void WriteEntity(Writer& w, const Entity& e) {
  w.Begin().F("kind", e.kind).F("text", e.text).F("span", e.span).F("name", e.name);
  w.F("id", e.id).F("country", e.country).F("sector", e.sector).End();
}

void WriteError(Writer& w, const InputError& e) {
  w.Begin().F("stage", e.stage).F("message", e.message).F("span", e.span).End();
}

void WriteDate(Writer& w, const DateMention& m) {
  w.Begin().F("text", m.text).F("span", m.span).F("date", m.date);
  w.F("relative", m.relative).End();
}

void WriteRecord(const Record& r, bool pretty, std::string* out) {
  Writer w(out, pretty);
  const Document& d = r.doc;
  w.Begin().Key("doc");
  w.Begin().F("id", d.id).F("source", d.source).F("url", d.url).F("title", d.title);
  w.F("lang", d.lang).F("published", d.published).F("bytes", uint64_t{d.text.size()});
  w.F("sha256", r.sha256).End();
  w.Key("entities").List(r.entities, WriteEntity);
  w.Key("quotes").List(r.quotes, WriteQuote);
  w.Key("events").List(r.events, WriteEvent);
  w.Key("errors").List(d.errors, WriteError);
  w.Key("counts").List(r.counts, WriteCount);
  w.Key("dates").List(r.dates, WriteDate);
  w.End();
}

}  // namespace

void AppendRecordJson(const Record& record, std::string* out) {
  WriteRecord(record, /*pretty=*/false, out);
}

std::string ToJson(const Record& record) {
  std::string out;
  WriteRecord(record, /*pretty=*/false, &out);
  return out;
}

std::string ToPrettyJson(const Record& record) {
  std::string out;
  WriteRecord(record, /*pretty=*/true, &out);
  return out;
}

}  // namespace sitrep
