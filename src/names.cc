// Stable names of the public enums, as written in the JSON contract.
#include "newsmark/annotate.h"

namespace newsmark {

std::string_view status_name(Status status) {
  switch (status) {
    case Status::ok: return "ok";
    case Status::empty_input: return "empty_input";
    case Status::invalid_utf8: return "invalid_utf8";
    case Status::input_too_large: return "input_too_large";
    case Status::internal: return "internal";
  }
  return "internal";
}

std::string_view actor_kind_name(ActorKind kind) {
  switch (kind) {
    case ActorKind::person: return "person";
    case ActorKind::organization: return "organization";
    case ActorKind::media: return "media";
    case ActorKind::country: return "country";
    case ActorKind::place: return "place";
    case ActorKind::group: return "group";
  }
  return "person";
}

std::string_view figure_kind_name(FigureKind kind) {
  switch (kind) {
    case FigureKind::count: return "count";
    case FigureKind::percent: return "percent";
    case FigureKind::money: return "money";
    case FigureKind::quantity: return "quantity";
    case FigureKind::date: return "date";
    case FigureKind::ordinal: return "ordinal";
    case FigureKind::range: return "range";
  }
  return "count";
}

std::string_view qualifier_name(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::none: return "";
    case Qualifier::exact: return "exact";
    case Qualifier::at_least: return "at_least";
    case Qualifier::over: return "over";
    case Qualifier::under: return "under";
    case Qualifier::up_to: return "up_to";
    case Qualifier::about: return "about";
  }
  return "";
}

std::string_view attribution_kind_name(AttributionKind kind) {
  switch (kind) {
    case AttributionKind::direct: return "direct";
    case AttributionKind::indirect: return "indirect";
    case AttributionKind::mixed: return "mixed";
    case AttributionKind::according_to: return "according_to";
  }
  return "indirect";
}

}  // namespace newsmark
