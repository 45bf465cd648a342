#include "searcher/facet_counter.h"

#include <algorithm>

namespace news {
namespace {

struct FacetSpec {
  FacetField field;
  const char* name;
  size_t shown;  // values listed
};
constexpr FacetSpec kFacets[] = {{FacetField::kLanguage, "lang", 20}, {FacetField::kSource, "source", 20}, {FacetField::kYear, "year", 30}};

// The `n` most frequent values, most frequent first (then by value), each count times `scale`.
std::vector<FacetCount> top(std::vector<FacetCount> counts, size_t n, double scale) {
  counts.erase(std::remove_if(counts.begin(), counts.end(), [](const FacetCount& c) { return c.value.empty() || !c.count; }),
               counts.end());
  std::sort(counts.begin(), counts.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  if (counts.size() > n) counts.resize(n);
  for (FacetCount& c : counts) c.count = static_cast<Xapian::doccount>(c.count * scale + 0.5);
  return counts;
}

}  // namespace

class FacetCounter::TableSpy : public Xapian::MatchSpy {
 public:
  explicit TableSpy(const FacetTable& table) : table_(table) {
    for (size_t f = 0; f < kFacetFields; ++f) counts_[f].assign(table.values(static_cast<FacetField>(f)).size(), 0);
  }
  void operator()(const Xapian::Document& doc, double) override {
    Xapian::docid did = doc.get_docid();
    for (size_t f = 0; f < kFacetFields; ++f) ++counts_[f][table_.ordinal(static_cast<FacetField>(f), did)];
    ++total_;
  }
  std::vector<FacetCount> counts(FacetField field) const {
    const std::vector<std::string>& values = table_.values(field);
    const std::vector<Xapian::doccount>& n = counts_[static_cast<size_t>(field)];
    std::vector<FacetCount> out;
    for (size_t i = 1; i < n.size(); ++i)
      if (n[i]) out.push_back({values[i], n[i]});
    return out;
  }
  Xapian::doccount total() const { return total_; }

 private:
  const FacetTable& table_;
  std::array<std::vector<Xapian::doccount>, kFacetFields> counts_;
  Xapian::doccount total_ = 0;
};

FacetCounter::FacetCounter(std::shared_ptr<const FacetTable> table) : table_(std::move(table)) { make_spies(); }

void FacetCounter::make_spies() {
  table_spy_.reset();
  value_spies_.clear();
  if (table_) table_spy_ = std::make_unique<TableSpy>(*table_);
  else
    for (const FacetSpec& spec : kFacets) value_spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(facet_slot(spec.field)));
}

void FacetCounter::restart(Xapian::Enquire& enquire) {
  enquire.clear_matchspies();
  make_spies();
  attach(enquire);
}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire) {
  if (table_spy_) enquire.add_matchspy(table_spy_.get());
  for (auto& spy : value_spies_) enquire.add_matchspy(spy.get());
}

FacetCounts FacetCounter::result(const Xapian::MSet& mset, Xapian::doccount checked) const {
  FacetCounts out;
  out.seen = table_spy_ ? table_spy_->total() : static_cast<Xapian::doccount>(value_spies_[0]->get_total());
  // Every match was counted when the counters saw fewer than the matcher had to look at before
  // it could skip any, or as many as there can be.
  out.exact = out.seen < checked || out.seen >= mset.get_matches_upper_bound();
  Xapian::doccount estimated = mset.get_matches_estimated();
  double scale = !out.exact && out.seen && estimated > out.seen ? double(estimated) / out.seen : 1.0;
  for (size_t i = 0; i < kFacetFields; ++i) {
    const FacetSpec& spec = kFacets[i];
    std::vector<FacetCount> counts;
    if (table_spy_) {
      counts = table_spy_->counts(spec.field);
    } else {
      for (auto it = value_spies_[i]->values_begin(); it != value_spies_[i]->values_end(); ++it)
        counts.push_back({*it, it.get_termfreq()});
    }
    out.fields[spec.name] = top(std::move(counts), spec.shown, scale);
  }
  return out;
}

}  // namespace news
