// HtmlReader: one page is one document, its text and metadata from ExtractHtml.
#include <memory>

#include "ingest/doc_fields.h"
#include "ingest/readers.h"

namespace sitrep::ingest {
namespace {

class HtmlReader : public Reader {
 public:
  void Read(std::string_view bytes, const std::string& source, const ReadOptions& options,
            const DocSink& sink) const override {
    // Markup is a few times the size of its text; a page far over the limit is not parsed.
    if (bytes.size() > 8 * options.max_document_bytes + 65536) {
      sink(InputErrorAt(source, 0,
                        "HTML page of " + std::to_string(bytes.size()) +
                            " bytes is over the document size limit of " +
                            std::to_string(options.max_document_bytes)));
      return;
    }
    Document doc;
    doc.id = source;
    doc.source = source;
    const std::string html = RepairInput(bytes, 0, &doc.errors);
    StatusOr<HtmlContent> extracted = ExtractHtml(html);
    if (!extracted.ok()) {
      sink(InputErrorAt(source, 0, extracted.status().message()));
      return;
    }
    HtmlContent content = std::move(extracted).value();
    doc.text = std::move(content.text);
    doc.title = std::move(content.title);
    doc.url = std::move(content.url);
    doc.published = std::move(content.published);
    Status s = FinishDocument(&doc, options);
    if (!s.ok()) {
      sink(InputErrorAt(source, 0, "HTML page: " + s.message()));
      return;
    }
    sink(std::move(doc));
  }
};

}  // namespace

std::unique_ptr<Reader> MakeHtmlReader() { return std::make_unique<HtmlReader>(); }

}  // namespace sitrep::ingest
