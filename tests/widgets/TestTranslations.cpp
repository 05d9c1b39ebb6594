// Translations: every entry of every .ts file is finished (and the Japanese ones differ from English where they
// must), and the application starts in Japanese — menus, the comparison layout and the image view's tools.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QXmlStreamReader>
#include <QtTest>

#include "app/MainWindow.h"
#include "app/Translations.h"
#include "widgets/ComparisonView.h"
#include "widgets/VtkOpenGLWidget.h"

namespace {

struct TsEntry {
    QString context, source, translation;
    bool unfinished = false;
};

QList<TsEntry> readTs(const QString& path, QString* error)
{
    QList<TsEntry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            entry = TsEntry{context, xml.readElementText(), {}, false};
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            entry.unfinished = !type.isEmpty();  // "unfinished", "vanished" or "obsolete"
            // Plural messages (%n) hold one <numerusform> per plural form of the language: every one must be filled.
            entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.append(entry);
        }
    }
    if (xml.hasError()) *error = xml.errorString();
    return out;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void noEntryIsUnfinished()
    {
        const QDir dir(QStringLiteral(XRS_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")});
        QVERIFY(files.contains(QStringLiteral("xray-studio_ja.ts")));
        QSet<QString> jaSources;
        for (const QString& name : files) {
            QString error;
            const QList<TsEntry> entries = readTs(dir.filePath(name), &error);
            QVERIFY2(error.isEmpty(), qPrintable(name + ": " + error));
            QVERIFY(entries.size() > 100);
            for (const TsEntry& e : entries) {
                QVERIFY2(!e.unfinished, qPrintable(QString("%1: unfinished [%2] %3").arg(name, e.context, e.source)));
                QVERIFY2(!e.translation.isEmpty(),
                         qPrintable(QString("%1: empty [%2] %3").arg(name, e.context, e.source)));
                // Placeholders survive translation.
                for (int i = 1; i <= 9; ++i) {
                    const QString mark = QStringLiteral("%%1").arg(i);
                    QVERIFY2(e.source.contains(mark) == e.translation.contains(mark),
                             qPrintable(QString("%1: %2 in [%3] %4").arg(name, mark, e.context, e.source)));
                }
                if (name == QLatin1String("xray-studio_ja.ts")) jaSources.insert(e.context + '\n' + e.source);
            }
        }
        qInfo("%lld Japanese entries", qlonglong(jaSources.size()));
    }

    void startsInJapanese()
    {
        QCOMPARE(xrs::app::installTranslations(*qApp, QStringLiteral("ja")), QStringLiteral("ja"));
        xrs::app::MainWindow w;
        w.setDialogsEnabled(false);
        const QList<QAction*> menus = w.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.at(0)->text(), QString::fromUtf8("ファイル(&F)"));
        // File, Edit, View, …: the View menu is there (wherever menus of other areas go).
        QStringList titles;
        for (QAction* m : menus) titles << m->text();
        QVERIFY2(titles.contains(QString::fromUtf8("表示(&V)")), qPrintable(titles.join(", ")));
        bool found = false;
        for (QAction* a : menus.at(0)->menu()->actions())
            found = found || a->text() == QString::fromUtf8("比較を開く(&C)…");
        QVERIFY(found);
        // Strings of the widgets library come through too.
        QCOMPARE(xrs::widgets::ComparisonView::tr("Ground truth"), QString::fromUtf8("正解"));
        QCOMPARE(QCoreApplication::translate("xrs::widgets::ImageView", "Profile"), QString::fromUtf8("プロファイル"));
        QCOMPARE(QCoreApplication::translate("xrs::widgets::Histogram", "Min–max"), QString::fromUtf8("最小–最大"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }
};

int main(int argc, char** argv)
{
    xrs::widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestTranslations.moc"
