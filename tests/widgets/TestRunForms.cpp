// Run menu forms (app/runs) without running anything: for given field values each form's argument list equals the
// expected `xrs` command; --device reaches every command (cpu, cuda or cuda:N for every command);
// validation refuses missing inputs with a message naming the field and marks it; values are remembered per form;
// every editor has a unique stable objectName. Also the try-centre strip on synthetic slices.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "WidgetTestSupport.h"
#include "app/runs/DenoiseForm.h"
#include "app/runs/FuseForm.h"
#include "app/runs/ReconForm.h"
#include "app/runs/TrainForm.h"
#include "widgets/TryCenterStrip.h"

using namespace xrs;
using namespace xrs::app;
using test::field;
using test::setData;
using test::setText;

class TestRunForms : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_scan;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("xrs-test-run-forms"));
        qputenv("XRS_CLI", XRS_CLI_PATH);
        m_scan = m_dir.filePath("scan.h5");
        QFile f(m_scan);
        QVERIFY(f.open(QIODevice::WriteOnly));  // exists; contents do not matter here
    }

    void init() { QSettings().clear(); }

    void reconCommandLine()
    {
        ReconForm form;
        setText(form, "input", m_scan);
        setText(form, "output", "/data/out/vol.tif");
        setText(form, "rows", "2:6");
        field<QCheckBox>(form, "centerAuto")->setChecked(false);
        field<QDoubleSpinBox>(form, "center")->setValue(31.25);
        setData(form, "filter", "shepp-logan");
        setData(form, "ring", "sort");
        field<QDoubleSpinBox>(form, "ringParameter")->setValue(11);
        field<QDoubleSpinBox>(form, "zinger")->setValue(0.3);
        setData(form, "bin", "2");
        setData(form, "dtype", "uint16");
        field<QSpinBox>(form, "chunk")->setValue(4);
        setData(form, "storage", "float16");
        form.setDevice("cpu");
        const QStringList expected{"recon",    m_scan,        "-o",       "/data/out/vol.tif",
                                   "--rows",   "2:6",         "--center", "31.25",
                                   "--filter", "shepp-logan", "--ring",   "sort:11",
                                   "--zinger", "0.3",         "--bin",    "2",
                                   "--dtype",  "uint16",      "--chunk",  "4",
                                   "--storage", "float16",    "--device", "cpu"};
        QCOMPARE(form.arguments(), expected);
        // The job runs exactly that, after the global progress flag; the preview shows it.
        const remote::Job job = form.job();
        QCOMPARE(job.effectiveArguments(), QStringList{"--progress=lines"} + expected);
        QCOMPARE(job.expectedOutputs, QStringList{"/data/out/vol.tif"});
        QCOMPARE(field<QPlainTextEdit>(form, "commandLine")->toPlainText(), job.commandLine());
        QVERIFY(job.commandLine().startsWith("xrs --progress=lines recon "));

        // Defaults: automatic centre, no optional options.
        ReconForm plain;
        QSettings().clear();
        ReconForm fresh;
        setText(fresh, "input", m_scan);
        setText(fresh, "output", "v.h5");
        fresh.setDevice("cuda:1");
        QCOMPARE(fresh.arguments(), QStringList({"recon", m_scan, "-o", "v.h5", "--center", "auto", "--filter",
                                                 "ramlak", "--dtype", "float32", "--device", "cuda:1"}));
        // The sweep: one row, the same filter/ring/bin as the reconstruction.
        setText(fresh, "tryCenters", "30:33:0.5");
        field<QSpinBox>(fresh, "tryRow")->setValue(4);
        QCOMPARE(fresh.tryCenterArguments("/tmp/t.tif"),
                 QStringList({"recon", m_scan, "-o", "/tmp/t.tif", "--try-center", "30:33:0.5", "--rows", "4:5",
                              "--filter", "ramlak", "--device", "cuda:1"}));
    }

    void fuseCommandLine()
    {
        FuseForm form;
        setText(form, "input", "/v/manifest.json");
        setText(form, "checkpoint", "/m/net_g_5000.pth");
        setData(form, "preset", "paper");
        setData(form, "numLr", "5");
        field<QSpinBox>(form, "tile")->setValue(64);
        field<QSpinBox>(form, "overlap")->setValue(12);
        field<QSpinBox>(form, "batch")->setValue(4);
        setData(form, "precision", "bf16");
        setData(form, "dtype", "uint16");
        setText(form, "output", "/v/video/fused.tif");
        form.setDevice("cuda:1");
        QCOMPARE(form.arguments(), QStringList({"fuse",         "/v/manifest.json",
                                                "-o",           "/v/video/fused.tif",
                                                "--checkpoint", "/m/net_g_5000.pth",
                                                "--preset",     "paper",
                                                "--num-lr",     "5",
                                                "--tile",       "64",
                                                "--overlap",    "12",
                                                "--batch",      "4",
                                                "--precision",  "bf16",
                                                "--dtype",      "uint16",
                                                "--device",     "cuda:1"}));
        // An LR stack with its HR stack and step instead of a manifest.
        setText(form, "input", "/v/lr.tif");
        setText(form, "hr", "/v/hr.tif");
        field<QSpinBox>(form, "hrStep")->setValue(8);
        setData(form, "preset", "auto");  // found from the checkpoint: no --preset
        QVERIFY(!form.arguments().contains("--preset"));
        QCOMPARE(form.arguments().mid(0, 8),
                 QStringList({"fuse", "/v/lr.tif", "-o", "/v/video/fused.tif", "--hr", "/v/hr.tif", "--hr-step", "8"}));
    }

    void denoiseCommandLine()
    {
        DenoiseForm form;
        setText(form, "input", m_scan);
        setText(form, "output", "/d/clean.tif");
        setText(form, "rows", "0:16");
        setData(form, "splits", "4");
        field<QSpinBox>(form, "context")->setValue(2);
        field<QSpinBox>(form, "depth")->setValue(2);
        field<QSpinBox>(form, "width")->setValue(8);
        field<QSpinBox>(form, "epochs")->setValue(3);
        field<QSpinBox>(form, "slicesPerEpoch")->setValue(8);
        field<QSpinBox>(form, "batch")->setValue(1);
        field<QSpinBox>(form, "patch")->setValue(32);
        field<QSpinBox>(form, "tile")->setValue(256);
        field<QSpinBox>(form, "seed")->setValue(7);
        form.setDevice("cpu");
        QCOMPARE(form.arguments(), QStringList({"denoise",
                                                m_scan,
                                                "-o",
                                                "/d/clean.tif",
                                                "--rows",
                                                "0:16",
                                                "--center",
                                                "auto",
                                                "--splits",
                                                "4",
                                                "--context",
                                                "2",
                                                "--depth",
                                                "2",
                                                "--width",
                                                "8",
                                                "--train-epochs",
                                                "3",
                                                "--slices-per-epoch",
                                                "8",
                                                "--batch",
                                                "1",
                                                "--patch",
                                                "32",
                                                "--tile",
                                                "256",
                                                "--seed",
                                                "7",
                                                "--device",
                                                "cpu"}));
        QCOMPARE(form.checkpointFolder(), QStringLiteral("/d/clean.tif.n2i"));
        setText(form, "checkpoint", "/d/ck");
        QVERIFY(form.arguments().join(' ').contains("--checkpoint /d/ck"));
    }

    void trainCommandLine()
    {
        TrainForm form;
        setText(form, "manifest", "/v/manifest.json");
        setText(form, "output", "/runs/a");
        form.setDevice("cpu");
        // Defaults stay off the command line (a config JSON fills them).
        QCOMPARE(form.arguments(), QStringList({"train", "/v/manifest.json", "-o", "/runs/a", "--device", "cpu"}));
        setText(form, "config", "/c/train.json");
        setData(form, "numLr", "5");
        field<QSpinBox>(form, "iterations")->setValue(200);
        field<QSpinBox>(form, "crop")->setValue(64);
        field<QDoubleSpinBox>(form, "learningRate")->setValue(0.0001);
        field<QSpinBox>(form, "checkpointEvery")->setValue(100);
        form.setDevice("cuda:0");
        QCOMPARE(form.arguments(), QStringList({"train", "/v/manifest.json", "-o", "/runs/a", "--config",
                                                "/c/train.json", "--num-lr", "5", "--iterations", "200", "--crop", "64",
                                                "--lr", "0.0001", "--checkpoint-every", "100", "--device", "cuda:0"}));
    }

    void validationNamesTheField()
    {
        ReconForm form;
        QSignalSpy requested(&form, &RunForm::runRequested);
        auto* input = field<QLineEdit>(form, "input");
        setText(form, "output", m_dir.filePath("out.tif"));
        QVERIFY(!form.run());
        QVERIFY2(form.status().contains("Scan"), qPrintable(form.status()));
        QVERIFY(input->property("invalid").toBool());
        const QString missing = m_dir.filePath("no-such-scan.h5");
        input->setText(missing);
        QVERIFY(!input->property("invalid").toBool());  // editing clears the mark
        QVERIFY(!form.run());
        QVERIFY2(form.status().contains("Scan") && form.status().contains(missing) &&
                     form.status().contains("does not exist"),
                 qPrintable(form.status()));
        QVERIFY(input->property("invalid").toBool());
        input->setText(m_scan);
        setText(form, "output", m_dir.filePath("out.png"));
        QVERIFY(!form.run());
        QVERIFY2(form.status().startsWith("Output volume"), qPrintable(form.status()));
        QVERIFY(field<QLineEdit>(form, "output")->property("invalid").toBool());
        setText(form, "output", m_dir.filePath("out.tif"));
        setData(form, "ring", "sort");
        field<QDoubleSpinBox>(form, "ringParameter")->setValue(4);
        QVERIFY(!form.run());
        QVERIFY2(form.status().startsWith("Ring parameter"), qPrintable(form.status()));
        field<QDoubleSpinBox>(form, "ringParameter")->setValue(5);
        form.setDevice("cpu");
        QCOMPARE(requested.count(), 0);
        QVERIFY(form.run());
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<remote::Job>().arguments, form.arguments());

        // A malformed sweep is refused before anything runs.
        setText(form, "tryCenters", "33:30:1");
        QVERIFY(!form.tryCenters());
        QVERIFY2(form.status().startsWith("Centres"), qPrintable(form.status()));
        QCOMPARE(requested.count(), 1);

        FuseForm fuse;
        QVERIFY(!fuse.validate().isEmpty());
        QVERIFY2(fuse.status().startsWith("Input"), qPrintable(fuse.status()));
        DenoiseForm denoise;
        QVERIFY2(denoise.validate().startsWith("Scan"), qPrintable(denoise.status()));

        // Training into a folder that holds a run needs "resume".
        TrainForm train;
        const QString manifest = m_dir.filePath("manifest.json");
        QFile m(manifest);
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.close();
        QVERIFY(QDir(m_dir.path()).mkpath("run"));
        QFile(m_dir.filePath("run/net_g_10.pth")).open(QIODevice::WriteOnly);
        setText(train, "manifest", manifest);
        setText(train, "output", m_dir.filePath("run"));
        field<QCheckBox>(train, "resume")->setChecked(false);
        QVERIFY2(train.validate().startsWith("Checkpoint folder"), qPrintable(train.status()));
        field<QCheckBox>(train, "resume")->setChecked(true);
        QCOMPARE(train.validate(), QString());
    }

    void valuesAreRemembered()
    {
        {
            ReconForm form;
            setText(form, "input", m_scan);
            setText(form, "output", m_dir.filePath("r.tif"));
            field<QCheckBox>(form, "centerAuto")->setChecked(false);
            field<QDoubleSpinBox>(form, "center")->setValue(12.5);
            setData(form, "filter", "hann");
            setText(form, "tryCenters", "10:14:1");
            QVERIFY(form.run());
        }
        ReconForm again;
        QCOMPARE(field<QLineEdit>(again, "input")->text(), m_scan);
        QCOMPARE(field<QDoubleSpinBox>(again, "center")->value(), 12.5);
        QVERIFY(!field<QCheckBox>(again, "centerAuto")->isChecked());
        QCOMPARE(field<QComboBox>(again, "filter")->currentData().toString(), QStringLiteral("hann"));
        QCOMPARE(field<QLineEdit>(again, "tryCenters")->text(), QStringLiteral("10:14:1"));
        // Each form has its own group.
        FuseForm fuse;
        QCOMPARE(field<QLineEdit>(fuse, "input")->text(), QString());
    }

    void editorsHaveStableNames()
    {
        ReconForm recon;
        FuseForm fuse;
        DenoiseForm denoise;
        TrainForm train;
        for (QWidget* form : std::initializer_list<QWidget*>{&recon, &fuse, &denoise, &train}) {
            QSet<QString> names;
            int editors = 0;
            for (QWidget* w : form->findChildren<QWidget*>()) {
                const bool editor = qobject_cast<QSpinBox*>(w) || qobject_cast<QDoubleSpinBox*>(w) ||
                                    qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                                    qobject_cast<QCheckBox*>(w);
                // Line edits inside spin boxes and combo boxes belong to those.
                const bool inner =
                    qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget());
                if (!editor || inner) continue;
                ++editors;
                QVERIFY2(!w->objectName().isEmpty(), qPrintable(form->objectName() + ": unnamed " +
                                                                QString::fromLatin1(w->metaObject()->className())));
                QVERIFY2(!names.contains(w->objectName()), qPrintable(form->objectName() + ": " + w->objectName()));
                names.insert(w->objectName());
            }
            QVERIFY(editors >= 8);
            QVERIFY(names.contains("device"));
        }
    }

    void screenshots()
    {
        // XRS_RUNS_SCREENSHOTS=DIR keeps a picture of every form (to look at); nothing to check otherwise.
        const QString shots = qEnvironmentVariable("XRS_RUNS_SCREENSHOTS");
        if (shots.isEmpty()) QSKIP("XRS_RUNS_SCREENSHOTS not set");
        ReconForm recon;
        FuseForm fuse;
        DenoiseForm denoise;
        TrainForm train;
        for (QWidget* form : std::initializer_list<QWidget*>{&recon, &fuse, &denoise, &train}) {
            form->show();
            QVERIFY(QTest::qWaitForWindowExposed(form));
            form->grab().save(QDir(shots).filePath(form->objectName() + ".png"));
        }
    }

    void tryCenterStripOnSlices()
    {
        // Three 16×16 slices with values 0, 1, 2 (+ a bright pixel): one common window for all of them.
        ImageStack slices(Shape{3, 16, 16});
        for (int f = 0; f < 3; ++f)
            for (int r = 0; r < 16; ++r)
                for (int c = 0; c < 16; ++c) slices.at(f, r, c) = float(f);
        widgets::TryCenterStrip strip;
        QSignalSpy chosen(&strip, &widgets::TryCenterStrip::centerChosen);
        strip.setSlices(slices, {40.0, 40.5, 41.125});
        strip.resize(600, 400);
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QCOMPARE(strip.count(), 3);
        QCOMPARE(strip.label(0), QStringLiteral("centre 40.00"));
        QCOMPARE(strip.label(1), QStringLiteral("centre 40.50"));
        QCOMPARE(strip.label(2), QStringLiteral("centre 41.1250"));
        QCOMPARE(strip.thumbnail(1)->text(), strip.label(1));
        // Common window: the slice of 0s is dark, the one of 2s bright, the one of 1s in between.
        const auto grey = [&](int i) { return qGray(strip.renderSlice(i, 16).pixel(8, 8)); };
        QVERIFY2(grey(0) < 10 && grey(2) > 245 && grey(1) > 100 && grey(1) < 155,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(grey(0)).arg(grey(1)).arg(grey(2))));
        // Hovering a thumbnail previews it; leaving goes back to the chosen one.
        QEvent enter(QEvent::Enter), leave(QEvent::Leave);
        QApplication::sendEvent(strip.thumbnail(1), &enter);
        QCOMPARE(strip.previewIndex(), 1);
        QTest::mouseClick(strip.thumbnail(2), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toDouble(), 41.125);
        QCOMPARE(strip.selected(), 2);
        QCOMPARE(strip.previewIndex(), 2);
        QApplication::sendEvent(strip.thumbnail(0), &enter);
        QCOMPARE(strip.previewIndex(), 0);
        QApplication::sendEvent(strip.thumbnail(0), &leave);
        QCOMPARE(strip.previewIndex(), 2);
        QVERIFY_EXCEPTION_THROWN(strip.setSlices(slices, {1.0}), std::invalid_argument);
    }
};

QTEST_MAIN(TestRunForms)
#include "TestRunForms.moc"
