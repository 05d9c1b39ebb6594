// The rendering path of a frame step in the linked comparison layout: every pane whose image changed renders exactly
// once (none renders again for a neighbour's repaint), the window holds no QOpenGLWidget (one would make Qt compose
// the whole window in OpenGL on every update), and the read-back VTK frame is upright and follows resizes.
#include <QApplication>
#include <QOpenGLWidget>
#include <QtTest>

#include <vector>

#include "widgets/ComparisonView.h"
#include "widgets/ImageView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs::widgets;

namespace {

constexpr int kFrames = 12, kGrid = 64, kBin = 4, kHrEvery = 4;

xrs::ImageStack pattern(int frames, int rows, int cols, int seed)
{
    xrs::ImageStack s(xrs::Shape{frames, rows, cols});
    for (int f = 0; f < frames; ++f)
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) s.at(f, r, c) = float((r * 7 + c * 3 + f * 11 + seed) % 256);
    return s;
}

std::vector<int> renderCounts(const QList<ImageView*>& panes)
{
    std::vector<int> counts;
    for (ImageView* p : panes) counts.push_back(p->vtkWidget()->renderCount());
    return counts;
}

double luminance(QRgb p) { return 0.299 * qRed(p) + 0.587 * qGreen(p) + 0.114 * qBlue(p); }

QRgb pixelAt(const QImage& img, QPointF logical)
{
    const double dpr = img.devicePixelRatio();
    return img.pixel(QPoint(int(logical.x() * dpr), int(logical.y() * dpr)));
}

}  // namespace

class TestFrameStep : public QObject {
    Q_OBJECT
private slots:
    void eachChangedPaneRendersOncePerStep()
    {
        ComparisonInput in;
        in.lr = pattern(kFrames, kGrid / kBin, kGrid / kBin, 1);
        in.hr = pattern(kFrames / kHrEvery, kGrid, kGrid, 2);
        in.reconstructed = pattern(kFrames, kGrid, kGrid, 3);
        in.times = TimeMapping::evenlySpaced(kFrames, kFrames / kHrEvery, kHrEvery);
        const TimeMapping times = in.times;
        ComparisonView view;
        view.resize(900, 500);
        view.setInput(std::move(in));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QList<ImageView*> panes = view.views();
        QCOMPARE(panes.size(), 3);  // LR, HR, reconstructed
        QTRY_VERIFY_WITH_TIMEOUT(renderCounts(panes) != std::vector<int>(3, 0), 5000);
        QTest::qWait(300);  // first paints settle

        QVERIFY2(view.findChildren<QOpenGLWidget*>().isEmpty(), "a QOpenGLWidget makes Qt compose the window in GL");

        for (int f = 1; f < kFrames; ++f) {
            const std::vector<int> before = renderCounts(panes);
            const bool hrChanges = times.nearestHr(f).hrFrame != times.nearestHr(f - 1).hrFrame;
            view.setFrame(f);
            QTRY_VERIFY_WITH_TIMEOUT(renderCounts(panes)[0] > before[0] && renderCounts(panes)[2] > before[2], 5000);
            QTest::qWait(30);  // anything extra would come with the same repaint or just after it
            const std::vector<int> after = renderCounts(panes);
            QCOMPARE(after[0] - before[0], 1);
            QCOMPARE(after[1] - before[1], hrChanges ? 1 : 0);
            QCOMPARE(after[2] - before[2], 1);
        }
    }

    void readBackFramesAreUprightAndFollowResizes()
    {
        // Row 0 dark, row 1 bright: a frame read back upside down would swap them.
        xrs::ImageStack s(xrs::Shape{1, 2, 3});
        for (int c = 0; c < 3; ++c) {
            s.at(0, 0, c) = 0.0f;
            s.at(0, 1, c) = 1000.0f;
        }
        ImageView view;
        view.setToolBarVisible(false);
        view.resize(300, 220);
        view.setStack(s);
        view.setWindowLevel(1000.0, 500.0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const QSize size : {QSize(300, 220), QSize(460, 300), QSize(240, 320)}) {
            view.resize(size);
            QTest::qWait(50);
            VtkOpenGLWidget* gl = view.vtkWidget();
            const QImage img = gl->grabRendered();
            const double dpr = gl->devicePixelRatioF();
            QCOMPARE(img.size(), QSize(int(std::lround(gl->width() * dpr)), int(std::lround(gl->height() * dpr))));
            const double top = luminance(pixelAt(img, view.widgetPosition({1.0, 0.0})));
            const double bottom = luminance(pixelAt(img, view.widgetPosition({1.0, 1.0})));
            QVERIFY2(top < 20.0 && bottom > 235.0,
                     qPrintable(QString("widget %1x%2: row 0 luminance %3, row 1 %4")
                                    .arg(gl->width())
                                    .arg(gl->height())
                                    .arg(top)
                                    .arg(bottom)));
            // What the window shows (the widget's paint) is the frame read back.
            const QImage shown = gl->grab().toImage().convertToFormat(QImage::Format_RGB32);
            QCOMPARE(shown.pixel(shown.width() / 2, shown.height() / 4),
                     img.convertToFormat(QImage::Format_RGB32).pixel(img.width() / 2, img.height() / 4));
        }
    }
};

int main(int argc, char** argv)
{
    VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestFrameStep test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestFrameStep.moc"
