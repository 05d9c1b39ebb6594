// app/Translations: installs our translators and Qt's for the chosen language, and lists the embedded languages.
#include "app/Translations.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace xrs::app {

namespace {
// Marks the translators installTranslations owns, so a later call can find and replace them.
const QString kTranslatorName = QStringLiteral("xrs-ui-translator");

QString nativeName(const QString& code)
{
    // QLocale calls English "American English" (its default territory); the menu only wants the language.
    if (code == QLatin1String("en")) return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty()) return code;
    return name.left(1).toUpper() + name.mid(1);
}
}  // namespace

QString installTranslations(QApplication& app, const QString& language)
{
    QString lang = language;
    if (lang.isEmpty()) lang = QSettings().value(QStringLiteral("ui/language")).toString();
    if (lang.isEmpty()) lang = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    // Numbers and dates follow the requested language even where the texts fall back to English.
    QLocale::setDefault(QLocale(lang));

    for (QTranslator* old : app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    // Parented to the application: they live as long as it does (or until the next switch). English loads its own
    // file too: it holds the English plural forms ("1 page", "2 pages") of the %n messages.
    auto* ours = new QTranslator(&app);
    ours->setObjectName(kTranslatorName);
    if (!ours->load(QStringLiteral(":/i18n/xray-studio_%1.qm").arg(lang))) {
        lang = QStringLiteral("en");
        if (!ours->load(QStringLiteral(":/i18n/xray-studio_en.qm"))) {
            delete ours;
            return lang;
        }
    }
    QCoreApplication::installTranslator(ours);
    if (lang != QLatin1String("en")) {
        auto* qt = new QTranslator(&app);
        qt->setObjectName(kTranslatorName);
        if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;  // Qt's own dialogs stay English where the Qt translations are not installed
    }
    return lang;
}

QList<QPair<QString, QString>> availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("xray-studio_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
        if (!code.isEmpty() && !codes.contains(code)) codes << code;
    }
    QList<QPair<QString, QString>> out;
    for (const QString& code : std::as_const(codes)) out.append({code, nativeName(code)});
    return out;
}

}  // namespace xrs::app
