#include "figures.h"

namespace newsmark {

std::vector<Figure> find_figures(const Document&, const std::vector<Actor>&) { return {}; }

}  // namespace newsmark
