#include "web/language_names.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace news::web {

std::string language_name(const std::string& tag) {
  if (tag.empty() || tag == "und") return tag.empty() ? std::string() : "Unknown";
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
  if (U_FAILURE(status) || locale.isBogus()) return tag;
  icu::UnicodeString name;
  locale.getDisplayName(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  // ICU echoes unknown codes back; a name equal to the tag tells nothing more than the tag.
  return out.empty() ? tag : out;
}

}  // namespace news::web
