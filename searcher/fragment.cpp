#include "searcher/fragment.h"

namespace news {
namespace {

std::string as_is(std::string_view text) { return std::string(text); }

}  // namespace

std::string render_fragments(const std::vector<Fragment>& fragments, std::string_view open, std::string_view close,
                             std::string (*escape)(std::string_view)) {
  static constexpr std::string_view kEllipsis = "…";
  std::string out;
  for (size_t i = 0; i < fragments.size(); ++i) {
    const Fragment& f = fragments[i];
    std::string_view text(f.text);
    if (f.cut_before && i == 0) out += kEllipsis;
    size_t at = 0;
    for (const auto& [start, end] : f.highlights) {
      out += escape(text.substr(at, start - at));
      out += open;
      out += escape(text.substr(start, end - start));
      out += close;
      at = end;
    }
    out += escape(text.substr(at));
    if (f.cut_after) out += kEllipsis;
    else if (i + 1 < fragments.size()) out += " ";
  }
  return out;
}

std::string fragments_text(const std::vector<Fragment>& fragments, std::string_view open, std::string_view close) {
  return render_fragments(fragments, open, close, as_is);
}

}  // namespace news
