// The comparison layout on real demo data (`xrs demo DIR --size 128 --frames 16`, run here): every pane shows an
// image (none blank), and a screenshot of the layout matches the stored baseline within a tolerance.
// Baseline: tests/widgets/baselines/comparison_demo.png. After an intended change of the layout, regenerate it with
//   XRS_UPDATE_BASELINES=1 xvfb-run -a -s '-screen 0 1600x900x24' build/release/tests/widgets/test_widget_layout
// (the run writes the PNG into the source tree and skips the comparison), look at it, and commit it.
#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "TestSupport.h"
#include "app/MainWindow.h"
#include "widgets/ComparisonView.h"
#include "widgets/ImageView.h"
#include "widgets/VtkOpenGLWidget.h"

using xrs::widgets::ComparisonView;
using Pane = ComparisonView::Pane;

namespace {

double luminance(QRgb p)
{
    return 0.299 * qRed(p) + 0.587 * qGreen(p) + 0.114 * qBlue(p);
}

double luminanceStdDev(const QImage& img, const QRect& r)
{
    double sum = 0, sum2 = 0, n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const double l = luminance(img.pixel(x, y));
            sum += l;
            sum2 += l * l;
            ++n;
        }
    const double mean = sum / n;
    return std::sqrt(std::max(0.0, sum2 / n - mean * mean));
}

}  // namespace

class TestComparisonLayout : public QObject {
    Q_OBJECT
private slots:
    void aFolderWithoutVideosIsReported()
    {
        QTemporaryDir dir;
        xrs::app::MainWindow w;
        w.setDialogsEnabled(false);
        QVERIFY(!w.openComparison(dir.path()));
        QVERIFY2(w.lastError().contains("lr.tif"), qPrintable(w.lastError()));
        QVERIFY(!w.comparisonView());
    }

    void demoDataRendersLikeTheBaseline()
    {
        QTemporaryDir dir;
        const auto demo = xrs::test::runXrs({"demo", dir.path(), "--size", "128", "--frames", "16"});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

        xrs::app::MainWindow w;
        w.setDialogsEnabled(false);
        w.resize(1400, 820);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.openComparison(dir.path()), qPrintable(w.lastError()));
        ComparisonView* cmp = w.comparisonView();
        QCOMPARE(cmp->views().size(), 5);
        QCOMPARE(cmp->frameCount(), 16);
        QCOMPARE(cmp->gridSize(), QSize(128, 128));
        cmp->setFrame(5);  // HR frame 1 (time 8) is 3 frames away
        QVERIFY2(cmp->caption(Pane::Hr).contains("+3"), qPrintable(cmp->caption(Pane::Hr)));
        QTest::qWait(200);
        w.renderPanes();

        const QImage window = w.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const double dpr = window.devicePixelRatio();
        const auto inGrab = [&](QWidget* widget) {
            const QRect r(widget->mapTo(&w, QPoint(0, 0)), widget->size());
            return QRect(QPoint(int(r.left() * dpr), int(r.top() * dpr)), r.size() * dpr) & window.rect();
        };
        // No blank pane: each shows structure (the difference pane too: bicubic is not the truth).
        for (const Pane pane : {Pane::Lr, Pane::Hr, Pane::Reconstructed, Pane::GroundTruth, Pane::Difference}) {
            const double sd = luminanceStdDev(window, inGrab(cmp->view(pane)->vtkWidget()));
            qInfo("pane %d: luminance std dev %.1f", int(pane), sd);
            QVERIFY2(sd > 12.0, qPrintable(QString("pane %1 looks blank (std dev %2)").arg(int(pane)).arg(sd)));
        }

        const QImage shot = window.copy(inGrab(cmp));
        const QString baseline = QStringLiteral(XRS_BASELINE_DIR "/comparison_demo.png");
        if (qEnvironmentVariableIntValue("XRS_UPDATE_BASELINES") == 1) {
            QVERIFY(shot.save(baseline));
            QSKIP(qPrintable("baseline written: " + baseline));
        }
        QImage expected(baseline);
        QVERIFY2(!expected.isNull(), qPrintable("no baseline " + baseline + " (XRS_UPDATE_BASELINES=1 writes it)"));
        expected = expected.convertToFormat(QImage::Format_RGB32);
        if (expected.size() != shot.size()) {
            shot.save(QDir::temp().filePath("comparison_demo_actual.png"));
            QFAIL(qPrintable(QString("size %1x%2, baseline %3x%4")
                                 .arg(shot.width())
                                 .arg(shot.height())
                                 .arg(expected.width())
                                 .arg(expected.height())));
        }
        // Tolerance: anti-aliased text and lines may move by a shade; whole regions may not change.
        double sumDiff = 0;
        std::int64_t bad = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x) {
                const QRgb a = shot.pixel(x, y), b = expected.pixel(x, y);
                const int d = std::max(
                    {std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
                sumDiff += d;
                if (d > 48) ++bad;
            }
        const double pixels = double(shot.width()) * shot.height();
        const double meanDiff = sumDiff / pixels, badFraction = double(bad) / pixels;
        qInfo("screenshot %dx%d vs baseline: mean |diff| %.3f, %.4f %% of pixels differ by more than 48", shot.width(),
              shot.height(), meanDiff, 100.0 * badFraction);
        if (meanDiff >= 1.5 || badFraction >= 0.005) {
            const QString actual = QDir::temp().filePath("comparison_demo_actual.png");
            shot.save(actual);
            QFAIL(qPrintable("the layout differs from the baseline; this run's screenshot: " + actual));
        }
    }
};

int main(int argc, char** argv)
{
    xrs::widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestComparisonLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestComparisonLayout.moc"
