// app/runs/TrainForm: training options → `xrs train …`.
#include "TrainForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QSpinBox>

namespace xrs::app {

namespace {
// The CLI's defaults (engine/cli/CommandTrain.cpp): options at these values are not passed.
constexpr int kIterations = 30000, kBatch = 1, kCrop = 96, kValidateEvery = 1000, kCheckpointEvery = 5000, kSeed = 0;
constexpr double kLearningRate = 2e-4;
}  // namespace

TrainForm::TrainForm(QWidget* parent) : RunForm(QStringLiteral("train"), tr("Train Fusion Model"), parent)
{
    const QString stacks = tr("Stacks (*.tif *.tiff *.h5);;All files (*)");
    m_manifest = addPath(QStringLiteral("manifest"), tr("Manifest"),
                         tr("manifest.json of xrs synth / xrs sample video (gives the LR and ground-truth videos)"),
                         PathMode::OpenFile, tr("Manifests (*.json);;All files (*)"));
    m_lr = addPath(QStringLiteral("lrStack"), tr("LR stack"), tr("Without a manifest: LR frames in [0, 1]"),
                   PathMode::OpenFileOrFolder, stacks);
    m_gt = addPath(QStringLiteral("gt"), tr("Ground truth"),
                   tr("Without a manifest: ground-truth frames (4× the LR size) in [0, 1]"), PathMode::OpenFileOrFolder,
                   stacks);
    m_config = addPath(QStringLiteral("config"), tr("Config JSON"),
                       tr("JSON file with any training options; the fields here override it only where changed"),
                       PathMode::OpenFile, tr("JSON (*.json);;All files (*)"));
    m_output = addPath(QStringLiteral("output"), tr("Checkpoint folder"),
                       tr("Where checkpoints (net_g_*.pth) and the training log go"), PathMode::SaveFolder);
    m_resume =
        addCheck(QStringLiteral("resume"), tr("Resume the run in this folder"),
                 tr("On: continue from the folder's last checkpoint. Off: the folder must be new or empty"), true);
    m_init = addPath(QStringLiteral("init"), tr("Fine-tune from"),
                     tr("Start from the weights of this checkpoint (net_g_*.pth); empty: random initialisation"),
                     PathMode::OpenFile, tr("Checkpoints (*.pth);;All files (*)"));
    m_preset = addCombo(QStringLiteral("preset"), tr("Model preset"), tr("Network size"),
                        {{tr("baseline"), QStringLiteral("baseline")}, {tr("paper"), QStringLiteral("paper")}},
                        QStringLiteral("baseline"));
    m_numLr = addCombo(QStringLiteral("numLr"), tr("LR frames per sample"), tr("Neighbouring LR frames per sample"),
                       {{QStringLiteral("3"), QStringLiteral("3")},
                        {QStringLiteral("5"), QStringLiteral("5")},
                        {QStringLiteral("7"), QStringLiteral("7")},
                        {QStringLiteral("9"), QStringLiteral("9")}},
                       QStringLiteral("3"));
    m_iterations = addSpin(QStringLiteral("iterations"), tr("Iterations"), tr("Total training iterations"), 1,
                           100000000, kIterations);
    m_batch = addSpin(QStringLiteral("batch"), tr("Batch"), tr("Samples per iteration (and rank)"), 1, 1024, kBatch);
    m_crop = addSpin(QStringLiteral("crop"), tr("HR crop"), tr("HR crop side in pixels (the LR crop is a quarter)"), 8,
                     4096, kCrop);
    m_crop->setSingleStep(4);
    m_learningRate = addDouble(QStringLiteral("learningRate"), tr("Learning rate"), tr("Adam learning rate"), 1e-7, 1.0,
                               kLearningRate, 7);
    m_validateEvery = addSpin(QStringLiteral("validateEvery"), tr("Validate every"),
                              tr("Iterations between validations"), 1, 100000000, kValidateEvery);
    m_checkpointEvery = addSpin(QStringLiteral("checkpointEvery"), tr("Checkpoint every"),
                                tr("Iterations between checkpoints"), 1, 100000000, kCheckpointEvery);
    m_seed = addSpin(QStringLiteral("seed"), tr("Seed"), tr("Random seed"), 0, 2147483647, kSeed);
    finishForm();
}

QString TrainForm::outputFolder() const
{
    return text(m_output);
}

QStringList TrainForm::arguments() const
{
    QStringList a{QStringLiteral("train")};
    if (!text(m_manifest).isEmpty()) a << text(m_manifest);
    a << QStringLiteral("-o") << outputFolder();
    if (!text(m_lr).isEmpty()) a << QStringLiteral("--lr-stack") << text(m_lr);
    if (!text(m_gt).isEmpty()) a << QStringLiteral("--gt") << text(m_gt);
    if (!text(m_config).isEmpty()) a << QStringLiteral("--config") << text(m_config);
    if (!text(m_init).isEmpty()) a << QStringLiteral("--init") << text(m_init);
    if (m_preset->currentData().toString() != u"baseline")
        a << QStringLiteral("--preset") << m_preset->currentData().toString();
    if (m_numLr->currentData().toString() != u"3") a << QStringLiteral("--num-lr") << m_numLr->currentData().toString();
    const auto option = [&a](const char* name, int value, int fallback) {
        if (value != fallback) a << QString::fromLatin1(name) << QString::number(value);
    };
    option("--iterations", m_iterations->value(), kIterations);
    option("--batch", m_batch->value(), kBatch);
    option("--crop", m_crop->value(), kCrop);
    if (!qFuzzyCompare(m_learningRate->value(), kLearningRate))
        a << QStringLiteral("--lr") << number(m_learningRate->value());
    option("--validate-every", m_validateEvery->value(), kValidateEvery);
    option("--checkpoint-every", m_checkpointEvery->value(), kCheckpointEvery);
    option("--seed", m_seed->value(), kSeed);
    a << deviceArguments();
    return a;
}

remote::Job TrainForm::job() const
{
    const QString name =
        text(m_manifest).isEmpty() ? QFileInfo(text(m_lr)).fileName() : QFileInfo(text(m_manifest)).fileName();
    remote::Job j = remote::Job::xrs(kind(), tr("Train on %1").arg(name), arguments());
    for (const QLineEdit* e : {m_manifest, m_lr, m_gt, m_config, m_init})
        if (!text(e).isEmpty()) j.inputs << text(e);
    return j;
}

RunForm::Problem TrainForm::check() const
{
    if (text(m_manifest).isEmpty() && text(m_lr).isEmpty() && text(m_config).isEmpty())
        return {tr("Manifest: give a manifest, or the LR and ground-truth stacks"), m_manifest};
    for (const QLineEdit* e : {m_manifest, m_lr, m_gt, m_config, m_init})
        if (!text(e).isEmpty())
            if (Problem p = requireExisting(e, labelFor(e)); p.field) return p;
    if (!text(m_lr).isEmpty() && text(m_gt).isEmpty())
        return {tr("Ground truth: an LR stack needs its ground truth"), m_gt};
    if (Problem p = requireGiven(m_output, tr("Checkpoint folder")); p.field) return p;
    const QDir out(outputFolder());
    if (!m_resume->isChecked() && out.exists() && !out.isEmpty())
        return {tr("Checkpoint folder: %1 already holds files; tick \u201cResume\u201d to continue that run or choose "
                   "a new folder")
                    .arg(outputFolder()),
                m_output};
    return {};
}

}  // namespace xrs::app
