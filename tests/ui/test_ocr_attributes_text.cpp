// The OCR page's attributes as lines a person reads, in label order, instead of the raw JSON object.
#include "ui/ocr/ocr_attributes_text.h"
#include "ui_test_support.h"

#include <QtTest>

using tern::ui::attributesText;

class TestOcrAttributesText : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { tern::ui::test::prepareUiTest(); }

    void linesInLabelOrder()
    {
        const auto attributes = nlohmann::json::parse(R"json({
            "batch": "51F731",
            "origin": "Poland",
            "ingredients": ["Dextrose", "Tulsi Leaves"],
            "price": {"value": 85.0, "currency": "INR", "mrp": true, "text": "MRP Rs. 85.00"},
            "net_quantity": {"value": 6, "unit": "oz", "text": "NET WT 6 OZ (170g)", "alt": {"value": 170, "unit": "g"}},
            "dates": {"best_before": "12/2026"}
        })json");
        QLocale::setDefault(QLocale::c());
        QCOMPARE(attributesText(attributes), QStringLiteral("Net quantity: 6 oz (170 g)\n"
                                                           "Price: 85.00 INR (MRP)\n"
                                                           "Origin: Poland\n"
                                                           "Ingredients: Dextrose, Tulsi Leaves\n"
                                                           "Best before: 12/2026\n"
                                                           "Batch: 51F731"));
        QCOMPARE(attributesText(nlohmann::json::object()), QString());
        QCOMPARE(attributesText(nlohmann::json(nullptr)), QString());
    }
};

QTEST_MAIN(TestOcrAttributesText)
#include "test_ocr_attributes_text.moc"
