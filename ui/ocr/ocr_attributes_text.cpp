#include "ui/ocr/ocr_attributes_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace tern::ui {

namespace {

// The context lupdate files these strings under, as the .ts files have them.
struct OcrAttributes {
    Q_DECLARE_TR_FUNCTIONS(tern::ui::OcrAttributes)
};

// A value as a label would print it: a list (ingredients) as "Dextrose, Tulsi Leaves", never as JSON.
QString str(const nlohmann::json& j)
{
    if (j.is_string())
        return QString::fromStdString(j.get<std::string>());
    if (j.is_array()) {
        QStringList items;
        for (const auto& item : j)
            items << str(item);
        return items.join(QStringLiteral(", "));
    }
    return QString::fromStdString(j.dump());
}

QString amount(const nlohmann::json& q)
{
    if (!q.is_object() || !q.contains("value") || !q["value"].is_number())
        return str(q);
    return QLocale().toString(q["value"].get<double>(), 'g', 6) + QLatin1Char(' ') +
           str(q.value("unit", nlohmann::json("")));
}

QString quantity(const nlohmann::json& q)
{
    QString text = amount(q);
    if (q.is_object() && q.contains("count") && q["count"].is_number())
        text = QStringLiteral("%1 × %2").arg(q["count"].get<int>()).arg(text);
    if (q.is_object() && q.contains("alt"))
        text += QStringLiteral(" (%1)").arg(amount(q["alt"]));
    return text;
}

QString price(const nlohmann::json& p)
{
    if (!p.is_object() || !p.contains("value") || !p["value"].is_number())
        return str(p);
    QString text = QLocale().toString(p["value"].get<double>(), 'f', 2) + QLatin1Char(' ') +
                   str(p.value("currency", nlohmann::json("")));
    if (p.value("mrp", false))
        text += QLatin1Char(' ') + OcrAttributes::tr("(MRP)");
    return text;
}

QString dateKind(const std::string& key)
{
    if (key == "best_before")
        return OcrAttributes::tr("Best before");
    if (key == "expiry")
        return OcrAttributes::tr("Expiry");
    if (key == "manufactured")
        return OcrAttributes::tr("Manufactured");
    if (key == "packed")
        return OcrAttributes::tr("Packed");
    return QString::fromStdString(key);
}

} // namespace

QString attributesText(const nlohmann::json& attributes)
{
    if (!attributes.is_object())
        return {};
    QStringList lines;
    const auto line = [&lines](const std::string& key, const nlohmann::json& value) {
        if (key == "net_quantity")
            lines << OcrAttributes::tr("Net quantity: %1").arg(quantity(value));
        else if (key == "price")
            lines << OcrAttributes::tr("Price: %1").arg(price(value));
        else if (key == "origin")
            lines << OcrAttributes::tr("Origin: %1").arg(str(value));
        else if (key == "ingredients")
            lines << OcrAttributes::tr("Ingredients: %1").arg(str(value));
        else if (key == "batch")
            lines << OcrAttributes::tr("Batch: %1").arg(str(value));
        else if (key == "dates" && value.is_object())
            for (const auto& [kind, date] : value.items())
                lines << QStringLiteral("%1: %2").arg(dateKind(kind), str(date));
        else
            lines << QStringLiteral("%1: %2").arg(QString::fromStdString(key), str(value));
    };
    // The order a label is read in, whatever order the object keeps its keys in; then anything newer.
    static const std::vector<std::string> known{"net_quantity", "price", "origin", "ingredients", "dates", "batch"};
    for (const auto& key : known)
        if (attributes.contains(key))
            line(key, attributes[key]);
    for (const auto& [key, value] : attributes.items())
        if (std::find(known.begin(), known.end(), key) == known.end())
            line(key, value);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tern::ui
