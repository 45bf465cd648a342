// Human names for language tags in facets and result lines ("zh-Hant" -> "Chinese (Traditional)").
#pragma once
#include <string>

namespace news::web {

// The English name of BCP-47 `tag` from ICU's locale data, or the tag itself when ICU has none.
std::string language_name(const std::string& tag);

}  // namespace news::web
