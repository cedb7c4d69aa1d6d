// Figures: counts, amounts, percentages, money, quantities, dates, ordinals
// and ranges, normalised, with the noun phrase they count.
#ifndef NEWSMARK_FIGURES_H_
#define NEWSMARK_FIGURES_H_

#include <vector>

#include "document.h"
#include "newsmark/annotate.h"

namespace newsmark {

// Finds the figures of a document, sorted by start. `actors` lets names that
// contain digits ("Boeing 737") be skipped.
std::vector<Figure> find_figures(const Document& doc, const std::vector<Actor>& actors);

}  // namespace newsmark

#endif  // NEWSMARK_FIGURES_H_
