#include "web/html.h"

namespace news {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string fragments_html(const std::vector<Fragment>& fragments) {
  return render_fragments(fragments, "<mark>", "</mark>", escape_html);
}

}  // namespace news
