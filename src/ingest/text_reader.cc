// TextReader: the whole input is one document whose text is the input's bytes, so spans are
// offsets in the file itself.
#include <memory>

#include "ingest/readers.h"

namespace sitrep::ingest {
namespace {

class TextReader : public Reader {
 public:
  void Read(std::string_view bytes, const std::string& source, const ReadOptions& options,
            const DocSink& sink) const override {
    Document doc;
    doc.id = source;
    doc.source = source;
    doc.text = std::string(bytes);
    Status s = FinishDocument(&doc, options);
    if (!s.ok()) {
      s.file = source;
      sink(std::move(s));
      return;
    }
    sink(std::move(doc));
  }
};

}  // namespace

std::unique_ptr<Reader> MakeTextReader() { return std::make_unique<TextReader>(); }

}  // namespace sitrep::ingest
