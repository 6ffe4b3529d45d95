// data::jpeg_damage finds damage inside a JPEG's compressed data, where header and end marker are intact and
// OpenCV decodes the rest as grey with libjpeg's complaint on stderr only; an intact JPEG, grey or colour, has none.
#include "engine/data/jpeg_damage.h"

#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace tern::data;

namespace {

std::string encoded_label(int channels)
{
    cv::Mat image(240, 320, channels == 1 ? CV_8UC1 : CV_8UC3, cv::Scalar::all(235));
    cv::putText(image, "NET WT 250 g", {20, 120}, cv::FONT_HERSHEY_SIMPLEX, 1.2, cv::Scalar(20, 40, 160), 3);
    cv::randu(image(cv::Rect(0, 160, 320, 80)), cv::Scalar::all(0), cv::Scalar::all(255)); // detail to compress
    std::vector<unsigned char> bytes;
    cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, 90});
    return std::string(bytes.begin(), bytes.end());
}

} // namespace

class TestJpegDamage : public QObject {
    Q_OBJECT

  private slots:
    void intactJpegsHaveNone()
    {
        QVERIFY(jpeg_damage(encoded_label(1)).empty());
        QVERIFY(jpeg_damage(encoded_label(3)).empty());
    }

    void overwrittenDataIsFound()
    {
        std::string jpeg = encoded_label(3);
        // A run of bytes in the middle of the compressed data, markers and the end marker left alone.
        for (std::size_t i = jpeg.size() / 2; i < jpeg.size() / 2 + 300; ++i)
            jpeg[i] = static_cast<char>(i % 7 == 0 ? 0xFF : (static_cast<unsigned char>(jpeg[i]) ^ 0x5A));
        const std::string damage = jpeg_damage(jpeg).text();
        QVERIFY2(damage.starts_with("damaged JPEG data (Corrupt JPEG data") ||
                     damage.starts_with("damaged JPEG data (Premature end"),
                 damage.c_str());
    }

    void notAJpegAtAllIsLibjpegsFatalError()
    {
        QVERIFY(!jpeg_damage("not a jpeg").empty());
        QVERIFY(!jpeg_damage(encoded_label(1).substr(0, 200)).empty()); // cut inside the compressed data
    }
};

QTEST_GUILESS_MAIN(TestJpegDamage)
#include "test_jpeg_damage.moc"
