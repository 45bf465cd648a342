#include "web/http_errors.h"

#include <xapian.h>

#include <cstdio>

#include "searcher/databases.h"
#include "web/search_params.h"

namespace news::web {
namespace {

void log_detail(const std::string& what) {
  std::string line = "newsweb: error: " + what + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace

HttpError classify_error(std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const ParamError& e) {
    return {400, e.what()};
  } catch (const DatabaseError& e) {
    log_detail(e.what());
    return {503, "The search database is not available at the moment."};
  } catch (const Xapian::DatabaseOpeningError& e) {
    log_detail(e.get_description());
    return {503, "The search database is not available at the moment."};
  } catch (const Xapian::Error& e) {
    log_detail(e.get_description());
    return {500, "The search failed because of an internal error."};
  } catch (const std::exception& e) {
    log_detail(e.what());
    return {500, "The request failed because of an internal error."};
  } catch (...) {
    log_detail("unknown exception");
    return {500, "The request failed because of an internal error."};
  }
}

}  // namespace news::web
