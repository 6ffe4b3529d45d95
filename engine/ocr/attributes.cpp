// Attribute extraction. Each attribute has its own small scanner; the patterns tolerate the usual OCR noise
// (missing or doubled dots, 0 for O in "OZ", stray spaces around ':'). Texts are short (one label), so std::regex,
// compiled once per process, is fast enough (tens of microseconds per label).
#include "engine/ocr/attributes.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <set>

namespace tern::ocr {

namespace {

using nlohmann::json;
constexpr auto icase = std::regex::icase | std::regex::ECMAScript;

std::string trim(std::string s, const char* chars = " \t.,;:-")
{
    const auto b = s.find_first_not_of(chars);
    if (b == std::string::npos)
        return "";
    const auto e = s.find_last_not_of(chars);
    return s.substr(b, e - b + 1);
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

double number(std::string s)
{
    std::replace(s.begin(), s.end(), ',', '.'); // "2,49" in European prices
    try {
        return std::stod(s);
    } catch (...) {
        return 0;
    }
}

std::string unit_name(const std::string& raw)
{
    std::string u = lower(raw);
    u.erase(std::remove_if(u.begin(), u.end(), [](char c) { return c == ' ' || c == '.'; }), u.end());
    std::replace(u.begin(), u.end(), '0', 'o'); // "0Z" read for "OZ"
    if (u == "floz")
        return "fl oz";
    if (u == "lbs")
        return "lb";
    if (u == "ltr" || u == "litre" || u == "liter")
        return "l";
    if (u == "gm" || u == "gms" || u == "gram" || u == "grams")
        return "g";
    if (u == "m1" || u == "mi")
        return "ml";
    return u;
}

// number + unit; the longer unit spellings come first so that "kg" is not read as "g" and "fl oz" not as "oz".
const std::string kQty =
    R"((\d+(?:[.,]\d+)?)\s*(fl\.?\s*[o0]z|kg|mg|ml|m1|cl|ltr|litres?|liters?|l|[o0]z|lbs?|gms?|grams?|g)\b)";

json net_quantity(const std::string& t)
{
    static const std::regex keyword(
        R"(\b(net\s*\.?\s*(?:wt|weight|contents?|qty|quantity|vol|volume|mass)\.?|net)\s*[:.]?\s*)" + kQty +
            R"((\s*\(\s*)" + kQty + R"(\s*\))?)",
        icase);
    // OCR splits a label's words across regions: "Net Contents: 250 ml" comes back as "Net", "Contents:" and
    // "‘nts: 250 ml". The tail of a keyword with its colon still names the amount; "Ingredients: ..." does not (its
    // "nts" is no word of its own).
    static const std::regex keyword_tail(
        R"(\b(?:ontents?|ntents?|tents|ents|nts|eight|ight|ght|olume|lume|ume|uantity|antity|ntity|tity)\s*:\s*)" +
            kQty + R"((\s*\(\s*)" + kQty + R"(\s*\))?)",
        icase);
    static const std::regex pack(R"((?:pack\s+of\s+)?(\d+)\s*(?:x|×)\s*)" + kQty, icase);
    static const std::regex floz(kQty + R"(\s*\(\s*)" + kQty + R"(\s*\))", icase);
    // A label that says nothing but an amount ("400G" printed down a can's side) states its content; an amount
    // among other words may be a nutrient's ("Sodium 815 mg") and needs a keyword.
    static const std::regex alone(R"(^\s*)" + kQty + R"(\s*$)", icase);
    std::smatch m;
    auto make = [](const std::string& v, const std::string& u, const std::string& text) {
        return json{{"value", number(v)}, {"unit", unit_name(u)}, {"text", trim(text, " ")}};
    };
    if (std::regex_search(t, m, keyword)) {
        json q = make(m[2], m[3], m[0]);
        if (m[5].matched)
            q["alt"] = {{"value", number(m[5])}, {"unit", unit_name(m[6])}};
        return q;
    }
    if (std::regex_search(t, m, keyword_tail)) {
        json q = make(m[1], m[2], m[0]);
        if (m[4].matched)
            q["alt"] = {{"value", number(m[4])}, {"unit", unit_name(m[5])}};
        return q;
    }
    if (std::regex_search(t, m, pack)) {
        json q = make(m[2], m[3], m[0]);
        q["count"] = static_cast<int>(number(m[1]));
        return q;
    }
    if (std::regex_search(t, m, floz)) { // "10 FL OZ (296 mL)": a quantity with its metric twin
        json q = make(m[1], m[2], m[0]);
        q["alt"] = {{"value", number(m[3])}, {"unit", unit_name(m[4])}};
        return q;
    }
    if (std::regex_match(t, m, alone) && unit_name(m[2]) != "mg")
        return make(m[1], m[2], m[0]);
    return nullptr;
}

// The amount must stand alone: "$4X705" is a misread batch code, not a price of $4, and "x6€" is noise; nor may
// the regex back off to a shorter amount ("$4.7X05" is not $4, "$12,500" not $12).
json price(const std::string& t)
{
    static const std::regex before(
        R"((m\s*\.?\s*r\s*\.?\s*p\s*\.?|price|now\s+only|only|offer)?\s*:?\s*(rs\.?|inr|₹|\$|€|£|usd|eur|gbp)\s*(\d+(?:[.,]\d{1,2})?)(?![.,]?\w))",
        icase);
    static const std::regex after(
        R"((?:^|[^\w.,])(\d+(?:[.,]\d{1,2})?)(?![.,]?\d)\s*(€|£|eur\b|euro\b|usd\b|inr\b))", icase);
    auto currency = [](const std::string& raw) {
        const std::string c = lower(trim(raw, " ."));
        if (c == "rs" || c == "inr" || c == "₹")
            return "INR";
        if (c == "$" || c == "usd")
            return "USD";
        if (c == "€" || c == "eur" || c == "euro")
            return "EUR";
        if (c == "£" || c == "gbp")
            return "GBP";
        return "";
    };
    json best = nullptr;
    for (auto it = std::sregex_iterator(t.begin(), t.end(), before); it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        const bool mrp =
            m[1].matched && lower(m[1]).find('m') != std::string::npos && lower(m[1]).find('p') != std::string::npos;
        json p{{"value", number(m[3])}, {"currency", currency(m[2])}, {"text", trim(m[0], " :")}};
        if (mrp)
            p["mrp"] = true;
        if (best.is_null() || (mrp && !best.contains("mrp")))
            best = p;
    }
    if (best.is_null()) {
        std::smatch m;
        if (std::regex_search(t, m, after))
            best = {{"value", number(m[1])}, {"currency", currency(m[2])}, {"text", trim(std::string(m[1].first, m[0].second), " ")}};
    }
    return best;
}

json origin(const std::string& t)
{
    static const std::regex keyword(
        R"((country\s+of\s+origin|made\s+in|product\s+of|produce\s+of|origin|imported\s+from|manufactured\s+in)\s*[:\-]?\s+)",
        icase);
    std::smatch m;
    std::string rest;
    auto it = t.cbegin();
    while (std::regex_search(it, t.cend(), m, keyword)) {
        rest = std::string(m[0].second, t.cend());
        // The country: up to three capitalised words, ending at punctuation.
        std::string country;
        size_t i = 0;
        int words = 0;
        while (i < rest.size() && words < 3) {
            size_t j = i;
            while (j < rest.size() && (std::isalpha(static_cast<unsigned char>(rest[j])) || rest[j] == '-'))
                ++j;
            if (j == i || !std::isupper(static_cast<unsigned char>(rest[i])))
                break;
            // Lines joined by spaces run the next instruction on: "Made in Poland Store below 25 C".
            static const std::set<std::string> next_phrase{
                "store", "keep", "best", "use", "net", "price", "batch", "lot", "ingredients", "contains", "exp",
                "mfd", "mfg", "packed", "distributed", "imported", "manufactured", "made", "product", "refrigerate",
                "serve", "allergy", "allergens", "nutrition", "weight", "mrp", "www", "visit", "recycle"};
            if (next_phrase.count(lower(rest.substr(i, j - i))))
                break;
            if (!country.empty())
                country += ' ';
            country.append(rest, i, j - i);
            ++words;
            if (j >= rest.size() || rest[j] != ' ')
                break; // punctuation ends the name
            i = j + 1;
        }
        if (!country.empty() && lower(country) != "the")
            return country;
        it = m[0].second;
    }
    return nullptr;
}

json ingredients(const std::string& t)
{
    static const std::regex start(R"(ingredients?\s*[:;.]?\s*)", icase);
    // Another attribute's keyword ends the list when lines were joined by spaces.
    static const std::regex stop(
        R"(\.\s+[A-Z]|\b(?:allergy|contains\b|made\s+in|product\s+of|country\s+of|mfd|mfg|pkd|exp|best\s+before|use\s+by|batch|lot\b|mrp|m\.r\.p|net\s+w|net\s+q|net\s+v|net\s+c|store\b|storage|manufactured|marketed|packed|price|nutrition))",
        icase);
    std::smatch m;
    if (!std::regex_search(t, m, start))
        return nullptr;
    std::string rest(m[0].second, t.cend());
    std::smatch s;
    if (std::regex_search(rest, s, stop))
        rest = rest.substr(0, static_cast<size_t>(s.position(0)));
    json items = json::array();
    std::string cur;
    int depth = 0;
    for (char c : rest + ",") {
        if (c == '(' || c == '[')
            ++depth;
        if (c == ')' || c == ']')
            depth = std::max(0, depth - 1);
        if ((c == ',' || c == ';') && depth == 0) {
            const std::string item = trim(cur, " .;:");
            if (!item.empty())
                items.push_back(item);
            cur.clear();
        } else
            cur += c;
    }
    return items.empty() ? json(nullptr) : items;
}

// A date value right after a keyword: 05/2027, 07.2026, 12-03-2025, 2025-03-12, JUN 2025, 12 MAR 2025, or
// "6 months from MFD" for best-before periods.
const std::string kDate =
    R"(((?:\d{1,2}[./\-]){1,2}\d{2,4}|\d{4}-\d{2}(?:-\d{2})?|(?:\d{1,2}\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*[\-/]?\s*\d{2,4}|\d+\s+months?\s+from\s+\w+))";

json dates(const std::string& t)
{
    struct Kind {
        const char* name;
        std::regex re;
    };
    static const std::array<Kind, 4> kinds = {{
        {"best_before", std::regex(R"(\b(?:best\s+before|best\s+by|bb|bbe)\s*(?:end)?\s*[:.]?\s*)" + kDate, icase)},
        {"expiry",
         std::regex(R"(\b(?:exp(?:iry)?\.?(?:\s+date)?|use\s+by|expires?(?:\s+on)?)\s*[:.]?\s*)" + kDate, icase)},
        {"manufactured",
         std::regex(
             R"(\b(?:mfd|mfg|mf[gd]\.?\s+date|manufactured\s+on|date\s+of\s+manufacture|mfg\.?\s*dt)\.?\s*(?:date)?\s*[:.]?\s*)" +
                 kDate,
             icase)},
        {"packed",
         std::regex(R"(\b(?:pkd|packed\s+on|pkg\.?\s+date|packed)\.?\s*(?:date)?\s*[:.]?\s*)" + kDate, icase)},
    }};
    json out = json::object();
    for (const auto& k : kinds) {
        std::smatch m;
        if (std::regex_search(t, m, k.re))
            out[k.name] = trim(m[1], " .,");
    }
    return out.empty() ? json(nullptr) : out;
}

json batch(const std::string& t)
{
    static const std::regex re(
        R"(\b(?:batch\s*(?:no|number|#)?|lot\s*(?:no|number|#)?|b\s*\.\s*no)\s*[.:#]*\s*([A-Z0-9][A-Z0-9/\-]{2,}))",
        icase);
    for (auto it = std::sregex_iterator(t.begin(), t.end(), re); it != std::sregex_iterator(); ++it) {
        const std::string code = (*it)[1];
        if (std::any_of(code.begin(), code.end(), [](unsigned char c) { return std::isdigit(c); }))
            return code; // a code has digits; "Lot of love" does not
    }
    return nullptr;
}

} // namespace

nlohmann::json extract_attributes(const std::string& text)
{
    json out = json::object();
    if (text.empty())
        return out;
    auto put = [&](const char* key, json v) {
        if (!v.is_null())
            out[key] = std::move(v);
    };
    put("net_quantity", net_quantity(text));
    put("price", price(text));
    put("origin", origin(text));
    put("ingredients", ingredients(text));
    put("dates", dates(text));
    put("batch", batch(text));
    return out;
}

} // namespace tern::ocr
