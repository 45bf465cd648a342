// The pivot of a new database's length normalization (store/length_norm.h): the average length
// of the articles about to be indexed, estimated from a sample spread over the whole input, so
// that it does not depend on the order of the input (collections often come grouped by source,
// and sources differ in length).
#pragma once
#include <cstddef>
#include <vector>

#include "analysis/analyzer.h"
#include "indexer/article_preparation.h"
#include "indexer/input_files.h"

namespace news {

// About `wanted` articles, shared between JSON Lines and files of one article by how many each
// holds, and taken at even steps through the lines or the files: every article is as likely to
// be sampled, whatever its length or place. Each is given to `each` as it is read (none is kept).
// Standard input is sampled from its first `wanted` lines when no other input holds an article
// (it is read ahead, and given back to the indexer); unreadable or rejected articles are left out.
void sample_articles(const std::vector<InputFile>& files, InputFormat format, const ReaderLimits& limits, size_t wanted,
                     const ArticleHandler& each);

// The mean indexed length (document_builder.h) of the sampled articles, prepared with
// `defaults` and analyzed on every core; kDefaultLengthPivot when there is nothing to sample.
double sampled_pivot(const std::vector<InputFile>& files, InputFormat format, const ReaderLimits& limits,
                     const ArticleDefaults& defaults, const Analyzer& analyzer, size_t wanted = 2000);

}  // namespace news
