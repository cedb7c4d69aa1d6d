#include "figure_lexicon.h"

#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace newsmark {
namespace {

using Kind = NumberWordKind;

struct NumberEntry {
  std::string_view word;
  Kind kind;
  double value;
};

constexpr NumberEntry kNumberWords[] = {
    {"zero", Kind::cardinal, 0}, {"nought", Kind::cardinal, 0}, {"naught", Kind::cardinal, 0},
    {"nil", Kind::cardinal, 0}, {"one", Kind::cardinal, 1}, {"two", Kind::cardinal, 2},
    {"three", Kind::cardinal, 3}, {"four", Kind::cardinal, 4}, {"five", Kind::cardinal, 5},
    {"six", Kind::cardinal, 6}, {"seven", Kind::cardinal, 7}, {"eight", Kind::cardinal, 8},
    {"nine", Kind::cardinal, 9}, {"ten", Kind::cardinal, 10}, {"eleven", Kind::cardinal, 11},
    {"twelve", Kind::cardinal, 12}, {"thirteen", Kind::cardinal, 13}, {"fourteen", Kind::cardinal, 14},
    {"fifteen", Kind::cardinal, 15}, {"sixteen", Kind::cardinal, 16}, {"seventeen", Kind::cardinal, 17},
    {"eighteen", Kind::cardinal, 18}, {"nineteen", Kind::cardinal, 19}, {"twenty", Kind::cardinal, 20},
    {"thirty", Kind::cardinal, 30}, {"forty", Kind::cardinal, 40}, {"fourty", Kind::cardinal, 40},
    {"fifty", Kind::cardinal, 50}, {"sixty", Kind::cardinal, 60}, {"seventy", Kind::cardinal, 70},
    {"eighty", Kind::cardinal, 80}, {"ninety", Kind::cardinal, 90},
    {"hundred", Kind::hundred, 100}, {"thousand", Kind::scale, 1e3}, {"million", Kind::scale, 1e6},
    {"billion", Kind::scale, 1e9}, {"trillion", Kind::scale, 1e12}, {"lakh", Kind::scale, 1e5},
    {"lakhs", Kind::scale, 1e5}, {"crore", Kind::scale, 1e7}, {"crores", Kind::scale, 1e7},
    {"dozen", Kind::dozen, 12}, {"dozens", Kind::vague, 12}, {"hundreds", Kind::vague, 100},
    {"thousands", Kind::vague, 1e3}, {"millions", Kind::vague, 1e6}, {"billions", Kind::vague, 1e9},
    {"trillions", Kind::vague, 1e12}, {"tens", Kind::vague, 10},
    {"half", Kind::half, 2}, {"halves", Kind::half, 2}, {"quarter", Kind::quarter, 4},
    {"quarters", Kind::quarter, 4},
    {"first", Kind::ordinal, 1}, {"second", Kind::ordinal, 2}, {"third", Kind::ordinal, 3},
    {"fourth", Kind::ordinal, 4}, {"fifth", Kind::ordinal, 5}, {"sixth", Kind::ordinal, 6},
    {"seventh", Kind::ordinal, 7}, {"eighth", Kind::ordinal, 8}, {"ninth", Kind::ordinal, 9},
    {"nineth", Kind::ordinal, 9}, {"tenth", Kind::ordinal, 10}, {"eleventh", Kind::ordinal, 11},
    {"twelfth", Kind::ordinal, 12}, {"thirteenth", Kind::ordinal, 13}, {"fourteenth", Kind::ordinal, 14},
    {"fifteenth", Kind::ordinal, 15}, {"sixteenth", Kind::ordinal, 16}, {"seventeenth", Kind::ordinal, 17},
    {"eighteenth", Kind::ordinal, 18}, {"nineteenth", Kind::ordinal, 19}, {"twentieth", Kind::ordinal, 20},
    {"thirtieth", Kind::ordinal, 30}, {"fortieth", Kind::ordinal, 40}, {"fiftieth", Kind::ordinal, 50},
    {"sixtieth", Kind::ordinal, 60}, {"seventieth", Kind::ordinal, 70}, {"eightieth", Kind::ordinal, 80},
    {"ninetieth", Kind::ordinal, 90}, {"hundredth", Kind::ordinal, 100}, {"thousandth", Kind::ordinal, 1e3},
    {"millionth", Kind::ordinal, 1e6}, {"billionth", Kind::ordinal, 1e9}, {"trillionth", Kind::ordinal, 1e12},
    {"thirds", Kind::denominator, 3}, {"fourths", Kind::denominator, 4}, {"fifths", Kind::denominator, 5},
    {"sixths", Kind::denominator, 6}, {"sevenths", Kind::denominator, 7}, {"eighths", Kind::denominator, 8},
    {"ninths", Kind::denominator, 9}, {"tenths", Kind::denominator, 10}, {"twelfths", Kind::denominator, 12},
    {"sixteenths", Kind::denominator, 16}, {"twentieths", Kind::denominator, 20},
    {"firsts", Kind::denominator, 1}, {"seconds", Kind::denominator, 2},
    {"hundredths", Kind::denominator, 100}, {"thousandths", Kind::denominator, 1e3},
    {"millionths", Kind::denominator, 1e6}, {"billionths", Kind::denominator, 1e9},
    {"trillionths", Kind::denominator, 1e12},
};

struct ScaleEntry {
  std::string_view word;
  double value;
};

constexpr ScaleEntry kSuffixScales[] = {
    {"k", 1e3},    {"thousand", 1e3}, {"m", 1e6},  {"mn", 1e6},  {"mln", 1e6}, {"mil", 1e6},
    {"million", 1e6}, {"bn", 1e9},    {"b", 1e9},  {"bln", 1e9}, {"billion", 1e9}, {"tn", 1e12},
    {"tln", 1e12}, {"trillion", 1e12}, {"trn", 1e12}, {"g", 1e9},
};

struct MonthEntry {
  std::string_view word;
  int number;
};

constexpr MonthEntry kMonths[] = {
    {"january", 1}, {"jan", 1},   {"february", 2}, {"feb", 2},       {"march", 3},   {"mar", 3},
    {"april", 4},   {"apr", 4},   {"may", 5},      {"june", 6},      {"jun", 6},     {"july", 7},
    {"jul", 7},     {"august", 8}, {"aug", 8},     {"september", 9}, {"sep", 9},     {"sept", 9},
    {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11},     {"december", 12}, {"dec", 12},
};

constexpr MonthEntry kWeekdays[] = {
    {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5}, {"saturday", 6},
    {"sunday", 7}, {"mon", 1},     {"tue", 2},       {"tues", 2},     {"wed", 3},    {"thu", 4},
    {"thur", 4},   {"thurs", 4},   {"fri", 5},       {"sat", 6},      {"sun", 7},
};

struct CurrencyEntry {
  std::string_view word;
  std::string_view code;
  double factor;
};

// Symbols and codes, written before or after the amount.
constexpr CurrencyEntry kCurrencySymbols[] = {
    {"$", "USD", 1},    {"us$", "USD", 1},  {"usd", "USD", 1},  {"€", "EUR", 1},   {"eur", "EUR", 1},
    {"£", "GBP", 1},    {"gbp", "GBP", 1},  {"¥", "JPY", 1},    {"jpy", "JPY", 1}, {"cny", "CNY", 1},
    {"rmb", "CNY", 1},  {"元", "CNY", 1},   {"₽", "RUB", 1},    {"rub", "RUB", 1}, {"₹", "INR", 1},
    {"inr", "INR", 1},  {"₩", "KRW", 1},    {"krw", "KRW", 1},  {"₴", "UAH", 1},   {"uah", "UAH", 1},
    {"₺", "TRY", 1},    {"₿", "BTC", 1},    {"₡", "CRC", 1},    {"₭", "LAK", 1},   {"ரூ", "LKR", 1},
    {"₦", "NGN", 1},    {"₪", "ILS", 1},    {"฿", "THB", 1},    {"c$", "CAD", 1},  {"ca$", "CAD", 1},
    {"cad$", "CAD", 1}, {"cad", "CAD", 1},  {"a$", "AUD", 1},   {"au$", "AUD", 1}, {"aud$", "AUD", 1},
    {"aud", "AUD", 1},  {"hk$", "HKD", 1},  {"hkd", "HKD", 1},  {"nz$", "NZD", 1}, {"s$", "SGD", 1},
    {"r$", "BRL", 1},   {"mex$", "MXN", 1}, {"mxn$", "MXN", 1}, {"mxn", "MXN", 1}, {"chf", "CHF", 1},
    {"sek", "SEK", 1},  {"nok", "NOK", 1},  {"dkk", "DKK", 1},  {"pln", "PLN", 1}, {"brl", "BRL", 1},
    {"zar", "ZAR", 1},  {"try", "TRY", 1},  {"krw", "KRW", 1},  {"btc", "BTC", 1}, {"¢", "USD", 0.01},
};

// Words written after the amount ("5 dollars"); "dollar" also before it.
constexpr CurrencyEntry kCurrencyWords[] = {
    {"dollar", "USD", 1},    {"dollars", "USD", 1},   {"buck", "USD", 1},     {"bucks", "USD", 1},
    {"euro", "EUR", 1},      {"euros", "EUR", 1},     {"pound", "GBP", 1},    {"pounds", "GBP", 1},
    {"sterling", "GBP", 1},  {"yen", "JPY", 1},       {"yuan", "CNY", 1},     {"renminbi", "CNY", 1},
    {"ruble", "RUB", 1},     {"rubles", "RUB", 1},    {"rouble", "RUB", 1},   {"roubles", "RUB", 1},
    {"hryvnia", "UAH", 1},   {"hryvnias", "UAH", 1},  {"hryvnas", "UAH", 1},  {"rupee", "INR", 1},
    {"rupees", "INR", 1},    {"franc", "FRF", 1},     {"francs", "FRF", 1},   {"mark", "DEM", 1},
    {"marks", "DEM", 1},     {"peso", "MXN", 1},      {"pesos", "MXN", 1},    {"lira", "TRY", 1},
    {"liras", "TRY", 1},     {"won", "KRW", 1},       {"rand", "ZAR", 1},     {"shekel", "ILS", 1},
    {"shekels", "ILS", 1},   {"riyal", "SAR", 1},     {"riyals", "SAR", 1},   {"dirham", "AED", 1},
    {"dirhams", "AED", 1},   {"guilder", "NLG", 1},   {"guilders", "NLG", 1}, {"markka", "FIM", 1},
    {"kronor", "SEK", 1},    {"krona", "SEK", 1},     {"kroner", "NOK", 1},   {"zloty", "PLN", 1},
    {"zlotys", "PLN", 1},    {"real", "BRL", 1},      {"reais", "BRL", 1},    {"naira", "NGN", 1},
    {"bitcoin", "BTC", 1},   {"bitcoins", "BTC", 1},  {"cent", "USD", 0.01},  {"cents", "USD", 0.01},
    {"penny", "GBP", 0.01},  {"pence", "GBP", 0.01},  {"satoshi", "BTC", 1e-8}, {"satoshis", "BTC", 1e-8},
    {"forint", "HUF", 1},    {"forints", "HUF", 1},   {"leu", "RON", 1},      {"lei", "RON", 1},
    {"koruna", "CZK", 1},    {"korunas", "CZK", 1},   {"koruny", "CZK", 1},   {"lev", "BGN", 1},
    {"leva", "BGN", 1},      {"baht", "THB", 1},      {"ringgit", "MYR", 1},  {"rupiah", "IDR", 1},
    {"tenge", "KZT", 1},     {"lari", "GEL", 1},      {"rial", "IRR", 1},     {"rials", "IRR", 1},
};

struct AdjectiveEntry {
  std::string_view adjective;
  std::string_view base;  // the code the plain word gives
  std::string_view code;
};

constexpr AdjectiveEntry kCurrencyAdjectives[] = {
    {"us", "USD", "USD"},          {"u.s.", "USD", "USD"},        {"american", "USD", "USD"},
    {"canadian", "USD", "CAD"},    {"australian", "USD", "AUD"},  {"zealand", "USD", "NZD"},
    {"kong", "USD", "HKD"},        {"singapore", "USD", "SGD"},   {"taiwan", "USD", "TWD"},
    {"swiss", "FRF", "CHF"},       {"french", "FRF", "FRF"},      {"belgian", "FRF", "BEF"},
    {"german", "DEM", "DEM"},      {"mexican", "MXN", "MXN"},     {"argentine", "MXN", "ARS"},
    {"chilean", "MXN", "CLP"},     {"colombian", "MXN", "COP"},   {"philippine", "MXN", "PHP"},
    {"turkish", "TRY", "TRY"},     {"indian", "INR", "INR"},      {"pakistani", "INR", "PKR"},
    {"lankan", "INR", "LKR"},      {"nepalese", "INR", "NPR"},    {"egyptian", "GBP", "EGP"},
    {"chinese", "CNY", "CNY"},     {"japanese", "JPY", "JPY"},    {"russian", "RUB", "RUB"},
    {"ukrainian", "UAH", "UAH"},   {"british", "GBP", "GBP"},     {"saudi", "SAR", "SAR"},
    {"south", "ZAR", "ZAR"},       {"brazilian", "BRL", "BRL"},   {"israeli", "ILS", "ILS"},
    {"jamaican", "USD", "JMD"},    {"zimbabwean", "USD", "ZWL"},  {"swedish", "SEK", "SEK"},
    {"norwegian", "NOK", "NOK"},   {"danish", "NOK", "DKK"},      {"dutch", "NLG", "NLG"},
    {"finnish", "FIM", "FIM"},     {"korean", "KRW", "KRW"},      {"polish", "PLN", "PLN"},
};

struct UnitEntry {
  std::string_view word;
  std::string_view name;
  bool temperature_scale;
  bool time;
};

constexpr UnitEntry kUnits[] = {
    // length
    {"km", "km", false, false}, {"kms", "km", false, false}, {"kilometre", "km", false, false},
    {"kilometres", "km", false, false}, {"kilometer", "km", false, false}, {"kilometers", "km", false, false},
    {"m", "m", false, false}, {"metre", "m", false, false}, {"metres", "m", false, false},
    {"meter", "m", false, false}, {"meters", "m", false, false}, {"cm", "cm", false, false},
    {"centimetre", "cm", false, false}, {"centimetres", "cm", false, false}, {"centimeter", "cm", false, false},
    {"centimeters", "cm", false, false}, {"mm", "mm", false, false}, {"millimetre", "mm", false, false},
    {"millimetres", "mm", false, false}, {"millimeter", "mm", false, false}, {"millimeters", "mm", false, false},
    {"dm", "dm", false, false}, {"decimeter", "dm", false, false}, {"decimeters", "dm", false, false},
    {"picometer", "pm", false, false}, {"picometers", "pm", false, false}, {"nanometers", "nm", false, false},
    {"nm", "nm", false, false}, {"mile", "mi", false, false}, {"miles", "mi", false, false},
    {"mi", "mi", false, false}, {"foot", "ft", false, false}, {"feet", "ft", false, false},
    {"ft", "ft", false, false}, {"inch", "in", false, false}, {"inches", "in", false, false},
    {"yard", "yd", false, false}, {"yards", "yd", false, false}, {"yd", "yd", false, false},
    {"nautical", "nmi", false, false}, {"light-years", "ly", false, false},
    // mass
    {"kg", "kg", false, false}, {"kgs", "kg", false, false}, {"kilo", "kg", false, false},
    {"kilos", "kg", false, false}, {"kilogram", "kg", false, false}, {"kilograms", "kg", false, false},
    {"kilogramme", "kg", false, false}, {"kilogrammes", "kg", false, false}, {"g", "g", false, false},
    {"gram", "g", false, false}, {"grams", "g", false, false}, {"gramme", "g", false, false},
    {"grammes", "g", false, false}, {"mg", "mg", false, false}, {"milligram", "mg", false, false},
    {"milligrams", "mg", false, false}, {"μg", "µg", false, false}, {"µg", "µg", false, false},
    {"mcg", "µg", false, false}, {"microgram", "µg", false, false}, {"micrograms", "µg", false, false},
    {"lb", "lb", false, false}, {"lbs", "lb", false, false}, {"ounce", "oz", false, false},
    {"ounces", "oz", false, false}, {"oz", "oz", false, false}, {"tonne", "t", false, false},
    {"tonnes", "t", false, false}, {"ton", "ton", false, false}, {"tons", "ton", false, false},
    {"kilotons", "kt", false, false}, {"kilotonnes", "kt", false, false}, {"megatons", "Mt", false, false},
    {"stone", "st", false, false}, {"carats", "ct", false, false}, {"dram", "dr", false, false},
    {"drachma", "dr", false, false},
    // volume
    {"litre", "l", false, false}, {"litres", "l", false, false}, {"liter", "l", false, false},
    {"liters", "l", false, false}, {"l", "l", false, false}, {"ml", "ml", false, false},
    {"millilitre", "ml", false, false}, {"millilitres", "ml", false, false}, {"milliliter", "ml", false, false},
    {"milliliters", "ml", false, false}, {"gallon", "gal", false, false}, {"gallons", "gal", false, false},
    {"gal", "gal", false, false}, {"barrel", "bbl", false, false}, {"barrels", "bbl", false, false},
    {"bbl", "bbl", false, false}, {"pint", "pt", false, false}, {"pints", "pt", false, false},
    {"quart", "qt", false, false}, {"quarts", "qt", false, false}, {"cup", "cup", false, false},
    {"cups", "cup", false, false}, {"teaspoon", "tsp", false, false}, {"teaspoons", "tsp", false, false},
    {"tsp", "tsp", false, false}, {"tablespoon", "tbsp", false, false}, {"tablespoons", "tbsp", false, false},
    {"tbsp", "tbsp", false, false}, {"bcm", "bcm", false, false},
    // area
    {"acre", "acre", false, false}, {"acres", "acre", false, false}, {"hectare", "ha", false, false},
    {"hectares", "ha", false, false}, {"ha", "ha", false, false}, {"km2", "km²", false, false},
    {"km²", "km²", false, false}, {"m2", "m²", false, false}, {"m²", "m²", false, false},
    // speed, power, energy, data
    {"mph", "mph", false, false}, {"km/h", "km/h", false, false}, {"kph", "km/h", false, false},
    {"knots", "kn", false, false}, {"mw", "MW", false, false}, {"megawatts", "MW", false, false},
    {"gw", "GW", false, false}, {"gigawatts", "GW", false, false}, {"kw", "kW", false, false},
    {"kilowatts", "kW", false, false}, {"kwh", "kWh", false, false}, {"mwh", "MWh", false, false},
    {"gwh", "GWh", false, false}, {"twh", "TWh", false, false}, {"watts", "W", false, false},
    {"volts", "V", false, false}, {"bit", "bit", false, false}, {"bits", "bit", false, false},
    {"byte", "B", false, false}, {"bytes", "B", false, false}, {"kb", "KB", false, false},
    {"mb", "MB", false, false}, {"gb", "GB", false, false}, {"tb", "TB", false, false},
    {"megabytes", "MB", false, false}, {"gigabytes", "GB", false, false}, {"terabytes", "TB", false, false},
    // angle and temperature
    {"degree", "°", false, false}, {"degrees", "°", false, false}, {"deg", "°", false, false},
    {"°", "°", false, false}, {"rad", "rad", false, false}, {"radian", "rad", false, false},
    {"radians", "rad", false, false}, {"turns", "turn", false, false},
    {"celsius", "°C", true, false}, {"celcius", "°C", true, false}, {"centigrade", "°C", true, false},
    {"centigrate", "°C", true, false}, {"fahrenheit", "°F", true, false}, {"farenheit", "°F", true, false},
    {"kelvin", "K", true, false},
    // time
    {"year", "year", false, true}, {"years", "year", false, true}, {"yr", "year", false, true},
    {"yrs", "year", false, true}, {"month", "month", false, true}, {"months", "month", false, true},
    {"week", "week", false, true}, {"weeks", "week", false, true}, {"day", "day", false, true},
    {"days", "day", false, true}, {"hour", "hour", false, true}, {"hours", "hour", false, true},
    {"hrs", "hour", false, true}, {"minute", "minute", false, true}, {"minutes", "minute", false, true},
    {"mins", "minute", false, true}, {"seconds", "second", false, true}, {"secs", "second", false, true},
    {"decade", "decade", false, true}, {"decades", "decade", false, true}, {"century", "century", false, true},
    {"centuries", "century", false, true}, {"millisecond", "ms", false, true},
    {"milliseconds", "ms", false, true},
};

// Glued unit suffixes are matched as written: "MB" is a megabyte, "mb" a megabit.
constexpr UnitEntry kGluedUnits[] = {
    {"km", "km", false, false},   {"kms", "km", false, false}, {"m", "m", false, false},
    {"cm", "cm", false, false},   {"mm", "mm", false, false},  {"mi", "mi", false, false},
    {"ft", "ft", false, false},   {"kg", "kg", false, false},  {"kgs", "kg", false, false},
    {"g", "g", false, false},     {"mg", "mg", false, false},  {"lb", "lb", false, false},
    {"lbs", "lb", false, false},  {"oz", "oz", false, false},  {"t", "t", false, false},
    {"ml", "ml", false, false},   {"l", "l", false, false},    {"L", "l", false, false},
    {"mph", "mph", false, false}, {"kph", "km/h", false, false}, {"MW", "MW", false, false},
    {"GW", "GW", false, false},   {"kW", "kW", false, false},  {"kWh", "kWh", false, false},
    {"MWh", "MWh", false, false}, {"GWh", "GWh", false, false}, {"TWh", "TWh", false, false},
    {"KB", "KB", false, false},   {"MB", "MB", false, false},  {"GB", "GB", false, false},
    {"TB", "TB", false, false},   {"mb", "Mbit", false, false}, {"gb", "Gbit", false, false},
    {"rad", "rad", false, false}, {"km2", "km²", false, false}, {"m2", "m²", false, false},
    {"ha", "ha", false, false},   {"C", "°C", true, false},    {"yo", "year", false, true},
    {"yrs", "year", false, true}, {"bcm", "bcm", false, false}, {"nm", "nm", false, false},
};

constexpr std::string_view kStopWords[] = {
    "a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "to", "for", "with", "by",
    "from", "into", "onto", "over", "under", "about", "after", "before", "since", "during", "through",
    "across", "against", "between", "among", "amid", "per", "via", "than", "as", "like", "near", "within",
    "without", "toward", "towards", "despite", "beyond", "behind", "up", "down", "out", "off", "and", "or",
    "but", "nor", "so", "yet", "if", "when", "while", "where", "who", "whom", "whose", "which", "what",
    "why", "how", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "it", "its", "he", "she", "they", "them", "their", "his", "her", "we", "us", "our", "you", "your", "i",
    "me", "my", "not", "no", "also", "only", "just", "even", "still", "more", "most", "less", "least",
    "fewer", "other", "others", "each", "every", "all", "both", "some", "any", "many", "much", "several",
    "own", "same", "such", "there", "here", "then", "now", "later", "ago", "already", "again", "ever",
    "never", "too", "very", "said", "says", "say", "told", "according", "reportedly", "allegedly", "who",
    "whereas", "because", "although", "though", "whether", "once", "until", "unless", "last", "next",
    "first", "second", "third", "later", "earlier", "previously", "currently", "together", "alone",
    "apiece", "each", "away", "back", "plus", "minus", "times", "percent", "cent", "out", "instead",
    "approximately", "roughly", "around", "almost", "nearly", "including", "excluding", "following",
    "were", "got", "get", "gets", "went", "came", "made", "make", "makes", "took", "take", "takes",
    "remain", "remained", "remains", "stood", "stand", "stands", "rose", "fell", "grew", "dropped",
    "killed", "died", "die", "dies", "arrested", "captured", "fighting", "working",
    "living", "joining", "per", "or", "etc", "total", "overall", "altogether", "respectively",
};

constexpr std::string_view kIrregularPlurals[] = {
    "people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep", "fish",
    "deer", "aircraft", "livestock", "folk", "feet", "teeth", "geese", "mice", "data", "media",
    "criteria", "phenomena", "crew", "infantry", "militia", "offspring", "youth", "clergy", "poultry",
    "swine", "spacecraft", "watercraft", "series", "species", "headquarters", "refugees",
};

// Capitalised at the start of a sentence but never a name before a number.
constexpr std::string_view kFunctionWords[] = {
    "a", "an", "the", "in", "on", "at", "by", "for", "from", "of", "to", "with", "since", "until", "till",
    "after", "before", "during", "about", "around", "over", "under", "nearly", "almost", "some", "only",
    "just", "roughly", "approximately", "more", "less", "fewer", "up", "at", "all", "and", "or", "but",
    "its", "their", "his", "her", "our", "my", "your", "these", "those", "this", "that", "another",
    "exactly", "precisely", "circa", "between", "through", "than", "below", "above", "beyond", "within",
    "each", "every", "another", "another", "as", "if", "when", "while", "then", "now", "today", "also",
    "another", "still", "another", "almost", "among", "nearly", "just", "estimated", "an", "per", "via",
    "another", "whereas", "because", "although", "though", "so", "yet", "not", "no", "even", "well",
    "there", "here", "another", "both", "either", "neither", "many", "several", "most", "least",
    "top", "page", "figure", "table", "chart", "total", "overall", "numbering", "aged", "age", "ages",
    "minus", "plus", "negative", "equals", "equal", "exceed", "exceeds", "surpass", "some",
};

// First words of qualifiers, ranges and relative dates.
constexpr std::string_view kOpeningWords[] = {
    "a", "an", "at", "no", "not", "up", "as", "in", "more", "less", "fewer", "greater", "larger", "bigger",
    "higher", "lower", "smaller", "over", "under", "above", "below", "about", "around", "roughly", "nearly",
    "almost", "approximately", "approx", "approx.", "circa", "some", "estimated", "exactly", "precisely",
    "equal", "equals", "equaling", "exceeding", "exceed", "exceeds", "surpass", "surpassing", "topping",
    "upwards", "close", "just", "well", "between", "from", "last", "next", "this", "past", "coming",
    "previous", "minus", "negative", "aged", "age", "mex$", "hk$", "us$", "c$", "a$", "nz$", "s$", "r$",
};

template <typename Map, typename Entry, std::size_t N, typename Fn>
Map build_map(const Entry (&entries)[N], Fn value) {
  Map map;
  map.reserve(N * 2);
  for (const Entry& e : entries) map.emplace(e.word, value(e));
  return map;
}

template <std::size_t N>
std::unordered_set<std::string_view> build_set(const std::string_view (&words)[N]) {
  return std::unordered_set<std::string_view>(std::begin(words), std::end(words));
}

}  // namespace

NumberWord number_word(std::string_view lower) {
  static const auto* const map = new std::unordered_map<std::string_view, NumberWord>(
      build_map<std::unordered_map<std::string_view, NumberWord>>(
          kNumberWords, [](const NumberEntry& e) { return NumberWord{e.kind, e.value}; }));
  const auto it = map->find(lower);
  return it == map->end() ? NumberWord{} : it->second;
}

double number_suffix_scale(std::string_view lower, std::string_view exact) {
  // Upper-case only: "10G" and "10M" are scales, "10g" is grams, "10m" metres.
  if (lower == "g" || lower == "m") {
    if (exact == "G") return 1e9;
    if (exact == "M") return 1e6;
    return 0;
  }
  for (const ScaleEntry& e : kSuffixScales) {
    if (e.word == lower) return e.value;
  }
  return 0;
}

int month_number(std::string_view lower) {
  if (!lower.empty() && lower.back() == '.') lower.remove_suffix(1);
  for (const MonthEntry& e : kMonths) {
    if (e.word == lower) return e.number;
  }
  return 0;
}

int weekday_number(std::string_view lower) {
  if (!lower.empty() && lower.back() == '.') lower.remove_suffix(1);
  for (const MonthEntry& e : kWeekdays) {
    if (e.word == lower) return e.number;
  }
  return 0;
}

Currency currency_symbol(std::string_view lower) {
  for (const CurrencyEntry& e : kCurrencySymbols) {
    if (e.word == lower) return {e.code, e.factor};
  }
  return {};
}

Currency currency_word(std::string_view lower) {
  static const auto* const map = new std::unordered_map<std::string_view, Currency>(
      build_map<std::unordered_map<std::string_view, Currency>>(
          kCurrencyWords, [](const CurrencyEntry& e) { return Currency{e.code, e.factor}; }));
  const auto it = map->find(lower);
  return it == map->end() ? Currency{} : it->second;
}

std::string_view currency_with_adjective(std::string_view adjective_lower, std::string_view code) {
  for (const AdjectiveEntry& e : kCurrencyAdjectives) {
    if (e.adjective == adjective_lower && e.base == code) return e.code;
  }
  return {};
}

Unit unit_word(std::string_view lower) {
  static const auto* const map = new std::unordered_map<std::string_view, Unit>(
      build_map<std::unordered_map<std::string_view, Unit>>(
          kUnits, [](const UnitEntry& e) { return Unit{e.name, e.temperature_scale, e.time}; }));
  const auto it = map->find(lower);
  return it == map->end() ? Unit{} : it->second;
}

Unit glued_unit(std::string_view suffix) {
  for (const UnitEntry& e : kGluedUnits) {
    if (e.word == suffix) return {e.name, e.temperature_scale, e.time};
  }
  return {};
}

bool is_phrase_stop_word(std::string_view lower) {
  static const auto* const set = new std::unordered_set<std::string_view>(build_set(kStopWords));
  return set->count(lower) != 0;
}

bool is_irregular_plural(std::string_view lower) {
  static const auto* const set = new std::unordered_set<std::string_view>(build_set(kIrregularPlurals));
  return set->count(lower) != 0;
}

bool is_function_word(std::string_view lower) {
  static const auto* const set = new std::unordered_set<std::string_view>(build_set(kFunctionWords));
  return set->count(lower) != 0;
}

bool may_open_figure_word(std::string_view lower) {
  static const auto* const set = [] {
    auto* words = new std::unordered_set<std::string_view>;
    for (const NumberEntry& e : kNumberWords) words->insert(e.word);
    for (const MonthEntry& e : kMonths) words->insert(e.word);
    for (const MonthEntry& e : kWeekdays) words->insert(e.word);
    for (const CurrencyEntry& e : kCurrencySymbols) words->insert(e.word);
    for (const CurrencyEntry& e : kCurrencyWords) words->insert(e.word);
    for (std::string_view w : kOpeningWords) words->insert(w);
    return words;
  }();
  if (set->count(lower)) return true;
  if (lower.size() > 2 && lower.back() == '.') return month_number(lower) != 0 || weekday_number(lower) != 0;
  const std::size_t dash = lower.find('-');
  if (dash != std::string_view::npos && dash > 0) return set->count(lower.substr(0, dash)) != 0;
  const std::size_t last = lower.size();
  return last > 4 && lower.compare(last - 2, 2, "th") == 0 && number_word(lower).kind != NumberWordKind::none;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace newsmark
