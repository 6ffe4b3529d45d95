// Retail attribute extraction on realistic label strings, including OCR noise (one row per case).
#include "engine/ocr/attributes.h"

#include <QTest>

using nlohmann::json;
using tern::ocr::extract_attributes;

class TestOcrAttributes : public QObject {
    Q_OBJECT
  private slots:
    void quantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::newRow("net wt oz with grams") << "Yaly Potato Chips Classic NET WT 6 OZ (170g)" << 6.0 << "oz";
        QTest::newRow("net weight kg") << "Net Weight 1 kg (2.2 lbs)" << 1.0 << "kg";
        QTest::newRow("net wt dot") << "Net Wt. 400 g Made in Spain" << 400.0 << "g";
        QTest::newRow("net contents ml") << "Net Contents: 250 ml" << 250.0 << "ml";
        QTest::newRow("net vol") << "Orange Marmalade Sodium 359 mg Net Vol. 500 ml" << 500.0 << "ml";
        QTest::newRow("net qty") << "NET QTY: 0.5 kg" << 0.5 << "kg";
        QTest::newRow("fl oz") << "Chilli Sauce 10 FL OZ (296 mL)" << 10.0 << "fl oz";
        QTest::newRow("ocr zero for O") << "NET WT 9 0Z (255g)" << 9.0 << "oz";
        QTest::newRow("pack") << "Pack of 6 x 25 g" << 25.0 << "g";
        QTest::newRow("litre") << "Net Vol 1.5 L" << 1.5 << "l";
        QTest::newRow("an amount alone") << "400G" << 400.0 << "g";
        QTest::newRow("a keyword's tail") << "Net Contents: ' Kee Sugar \u2018nts: 250 ml Mango" << 250.0 << "ml";
        QTest::newRow("a weight's tail") << "Brand ight: 1.2 kg" << 1.2 << "kg";
        QTest::newRow("an amount alone, spaced") << " 1.5 L " << 1.5 << "l";
    }
    void quantity()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(QString, unit);
        const json a = extract_attributes(text.toStdString());
        QVERIFY2(a.contains("net_quantity"), a.dump().c_str());
        QCOMPARE(a["net_quantity"]["value"].get<double>(), value);
        QCOMPARE(QString::fromStdString(a["net_quantity"]["unit"].get<std::string>()), unit);
    }

    void no_quantity_from_nutrition()
    {
        const json a = extract_attributes("YINGESH Lemon Iced Tea Sodium 815 mg Protein 9.5 g");
        QVERIFY2(!a.contains("net_quantity"), a.dump().c_str());
        QVERIFY(!extract_attributes("815 mg").contains("net_quantity")); // a dose, not a pack's content
        QVERIFY(!extract_attributes("Protein 9.5 g").contains("net_quantity"));
        // "nts:" is a keyword's tail only as a word of its own.
        QVERIFY(!extract_attributes("Ingredients: 25 g oats, water").contains("net_quantity"));
        QVERIFY(!extract_attributes("Nutrients: 3 g fibre").contains("net_quantity"));
        // A tail keeps the amount's metric twin, as the whole keyword does.
        const json twin = extract_attributes("ntents: 12 fl oz (355 ml)");
        QCOMPARE(twin["net_quantity"]["alt"]["value"].get<double>(), 355.0);
    }

    void price_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("mrp");
        QTest::newRow("mrp rs") << "MRP Rs. 85.00 LOT 51F731" << 85.0 << "INR" << true;
        QTest::newRow("mrp incl taxes") << "CLEEBIY MRP Rs. 250.00 (Incl. of all taxes)" << 250.0 << "INR" << true;
        QTest::newRow("mrp slash dash") << "MRP: Rs.120/-" << 120.0 << "INR" << true;
        QTest::newRow("m.r.p.") << "M.R.P. Rs. 265.00 (Inclusive of all taxes)" << 265.0 << "INR" << true;
        QTest::newRow("dollar price") << "Batch No. D63T265 Price: $13.49" << 13.49 << "USD" << false;
        QTest::newRow("rupee sign") << "Special ₹ 99 only" << 99.0 << "INR" << false;
        QTest::newRow("euro after") << "Preis 2,49 € je Packung" << 2.49 << "EUR" << false;
        QTest::newRow("pound") << "NOW ONLY £3.50" << 3.5 << "GBP" << false;
        QTest::newRow("mrp wins over offer") << "NOW ONLY $4.99 MRP Rs. 60.00" << 60.0 << "INR" << true;
    }
    void price()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(QString, currency);
        QFETCH(bool, mrp);
        const json a = extract_attributes(text.toStdString());
        QVERIFY2(a.contains("price"), a.dump().c_str());
        QCOMPARE(a["price"]["value"].get<double>(), value);
        QCOMPARE(QString::fromStdString(a["price"]["currency"].get<std::string>()), currency);
        QCOMPARE(a["price"].contains("mrp"), mrp);
    }

    void no_price_from_discount() { QVERIFY(!extract_attributes("SAVE 10% OFF PKD: MAY 2024").contains("price")); }

    // An amount glued to letters is a misread code, not a price: "$4X705" was read as $4.
    void no_price_from_a_code()
    {
        QVERIFY(!extract_attributes("BATCH NO. $4X705 MFD 01/24").contains("price"));
        QVERIFY(!extract_attributes("LOT x6€").contains("price"));
        QVERIFY(!extract_attributes("CODE $4.7X05").contains("price"));
        QVERIFY(!extract_attributes("TOTAL $12,500").contains("price")); // not $12
        QVERIFY(!extract_attributes("REF 12,505 €").contains("price"));
    }

    void origin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("country");
        QTest::newRow("made in") << "Made in Turkey. Close the pack tightly after use."
                                 << "Turkey";
        QTest::newRow("product of") << "Product of Chile"
                                    << "Chile";
        QTest::newRow("origin colon") << "Origin: Italy"
                                      << "Italy";
        QTest::newRow("country of origin") << "Country of Origin: Philippines. Close the pack"
                                           << "Philippines";
        QTest::newRow("imported from") << "Imported from Italy. Store in a cool and dry place"
                                       << "Italy";
        QTest::newRow("manufactured in") << "FSSAI Lic. No. 14348395486205 Manufactured in Indonesia"
                                         << "Indonesia";
        QTest::newRow("two words") << "Made in New Zealand, packed in UK"
                                   << "New Zealand";
        QTest::newRow("stops at lower case") << "RAYPOLE Rava Idli Mix Made in Nepal www.raypole.in"
                                             << "Nepal";
        QTest::newRow("upper case") << "PRODUCT OF SPAIN"
                                    << "SPAIN";
        QTest::newRow("next line joined on") << "WOUWELL Kids Multivitamin Gummies Manufactured in Poland Store below 25 C"
                                             << "Poland";
        QTest::newRow("next line in capitals") << "PRODUCT OF CHILE KEEP REFRIGERATED"
                                               << "CHILE";
    }
    void origin()
    {
        QFETCH(QString, text);
        QFETCH(QString, country);
        const json a = extract_attributes(text.toStdString());
        QVERIFY2(a.contains("origin"), a.dump().c_str());
        QCOMPARE(QString::fromStdString(a["origin"].get<std::string>()), country);
    }

    void manufactured_by_is_not_an_origin()
    {
        QVERIFY(!extract_attributes("Manufactured and marketed by: Halmoumi Snacks GmbH").contains("origin"));
    }

    void ingredients()
    {
        const json a = extract_attributes(
            "SEEFORD Potato Chips Classic Ingredients: Cumin (23%), Iodized Salt, Coriander, Onion Powder");
        QVERIFY2(a.contains("ingredients"), a.dump().c_str());
        QCOMPARE(a["ingredients"].size(), size_t(4));
        QCOMPARE(a["ingredients"][0].get<std::string>(), std::string("Cumin (23%)"));
        QCOMPARE(a["ingredients"][3].get<std::string>(), std::string("Onion Powder"));
        // The list ends at the sentence end or at the next attribute's keyword.
        const json b = extract_attributes("Ingredients: Malt Extract, Palm Oil, Rice Bran Oil. Store cool. "
                                          "Ingredients: x");
        QCOMPARE(b["ingredients"].size(), size_t(3));
        const json c = extract_attributes("Ingredients: Potato, Onion Powder, Honey Made in Nepal");
        QCOMPARE(c["ingredients"][2].get<std::string>(), std::string("Honey"));
        const json d = extract_attributes("Acidity Regulator (330, 331), Water"); // no keyword: nothing
        QVERIFY(!d.contains("ingredients"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::newRow("best before") << "LOT 51F731 Best Before: 07.2026"
                                     << "best_before"
                                     << "07.2026";
        QTest::newRow("best before months") << "Best Before: 9 months from MFD"
                                            << "best_before"
                                            << "9 months from MFD";
        QTest::newRow("exp") << "EXP: 05/2027 Batch: P8M3746"
                             << "expiry"
                             << "05/2027";
        QTest::newRow("use by") << "USE BY 14 MAR 2025"
                                << "expiry"
                                << "14 MAR 2025";
        QTest::newRow("mfd") << "MFD: 03/2025"
                             << "manufactured"
                             << "03/2025";
        QTest::newRow("mfg date") << "Mfg. Date JUL 2025 MRP Rs. 240.00"
                                  << "manufactured"
                                  << "JUL 2025";
        QTest::newRow("pkd") << "LEY Black Tea Leaves PKD: JUN 2025"
                             << "packed"
                             << "JUN 2025";
        QTest::newRow("iso") << "Expiry date 2026-01-31"
                             << "expiry"
                             << "2026-01-31";
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, value);
        const json a = extract_attributes(text.toStdString());
        QVERIFY2(a.contains("dates") && a["dates"].contains(kind.toStdString()), a.dump().c_str());
        QCOMPARE(QString::fromStdString(a["dates"][kind.toStdString()].get<std::string>()), value);
    }

    void mfd_by_company_is_not_a_date()
    {
        QVERIFY(!extract_attributes("Mfd. by Dimeele Foods Pvt. Ltd.").contains("dates"));
    }

    void batch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("batch no") << "Batch No. G26N020"
                                  << "G26N020";
        QTest::newRow("lot") << "MRP Rs. 85.00 LOT 51F731 Best Before"
                             << "51F731";
        QTest::newRow("b.no.") << "B.No.: 283/R91"
                               << "283/R91";
        QTest::newRow("b.no no colon") << "B.No. GV3716 MRP"
                                       << "GV3716";
        QTest::newRow("batch colon") << "EXP: 05/2027 Batch: P8M3746"
                                     << "P8M3746";
    }
    void batch()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const json a = extract_attributes(text.toStdString());
        QVERIFY2(a.contains("batch"), a.dump().c_str());
        QCOMPARE(QString::fromStdString(a["batch"].get<std::string>()), code);
    }

    void words_are_not_batches()
    {
        QVERIFY(!extract_attributes("Baby Lotion Oat Milk, a lot of care").contains("batch"));
    }

    void empty_text() { QVERIFY(extract_attributes("").empty()); }
};

QTEST_GUILESS_MAIN(TestOcrAttributes)
#include "test_ocr_attributes.moc"
