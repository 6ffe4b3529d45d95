// library_versions: every linked library reports a version, /proc/cpuinfo parsing picks the model and the ISA
// flags Tern's kernels care about (and only those), and to_json carries both.
#include "engine/core/library_versions.h"

#include <nlohmann/json.hpp>

#include <QtTest>

class TestLibraryVersions : public QObject {
    Q_OBJECT
private slots:
    void everyLibraryHasAVersion()
    {
        const auto& info = tern::runtime_info();
        QStringList names;
        for (const auto& lib : info.libraries) {
            names << QString::fromStdString(lib.name);
            QVERIFY2(!lib.version.empty() && std::isdigit(static_cast<unsigned char>(lib.version[0])),
                     lib.name.c_str());
        }
        for (const char* wanted : {"oneDNN", "libxsmm", "OpenCV", "SQLite", "XGBoost", "muparser", "ONNX", "fmt"})
            QVERIFY2(names.contains(QString::fromLatin1(wanted)), wanted);
#if defined(TERN_WITH_OCR)
        QVERIFY(names.contains(QStringLiteral("Tesseract")));
#endif
    }

    void parsesCpuinfo()
    {
        const std::string text = "processor\t: 0\nmodel name\t: Example CPU 9000\n"
                                 "flags\t\t: fpu sse2 avx2 avx512f avx512_vnni avx512vl\n\n"
                                 "processor\t: 1\nmodel name\t: Example CPU 9000\nflags\t\t: fpu\n";
        const tern::CpuInfo cpu = tern::parse_cpuinfo(text, 2);
        QCOMPARE(QString::fromStdString(cpu.model), QStringLiteral("Example CPU 9000"));
        QCOMPARE(cpu.logical_cores, 2u);
        QCOMPARE(cpu.isa, (std::vector<std::string>{"avx2", "avx512f", "avx512_vnni"}));
        const std::string line = tern::describe(cpu);
        QVERIFY(line.find("AVX-512 VNNI") != std::string::npos);
        QVERIFY(line.find("AVX-512 BF16") == std::string::npos);
    }

    void unreadableCpuinfoIsUnknown()
    {
        const tern::CpuInfo cpu = tern::parse_cpuinfo("", 1);
        QCOMPARE(QString::fromStdString(cpu.model), QStringLiteral("unknown"));
        QVERIFY(cpu.isa.empty());
    }

    void json()
    {
        const nlohmann::json j = tern::to_json(tern::runtime_info());
        QVERIFY(j.at("libraries").contains("oneDNN"));
        QVERIFY(j.at("cpu").at("logical_cores").get<unsigned>() >= 1);
        QVERIFY(j.at("cpu").at("isa").is_array());
    }
};

QTEST_GUILESS_MAIN(TestLibraryVersions)
#include "test_library_versions.moc"
