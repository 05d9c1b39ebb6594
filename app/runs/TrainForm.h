#pragma once
// app/runs/TrainForm: the "Train Fusion Model" form (`xrs train`): manifest (or LR and ground-truth stacks), config
// JSON, checkpoint folder and whether to resume a run there, fine-tuning start, preset, LR window, iterations, batch,
// crop, learning rate, validation and checkpoint intervals, seed, device. Options equal to the CLI's defaults are
// left off the command line, so that a config JSON (which fills only what the command line does not set) applies.
#include "RunForm.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace xrs::app {

class TrainForm : public RunForm {
    Q_OBJECT
public:
    explicit TrainForm(QWidget* parent = nullptr);

    QStringList arguments() const override;
    remote::Job job() const override;
    QString outputFolder() const;

protected:
    Problem check() const override;

private:
    QLineEdit *m_manifest = nullptr, *m_lr = nullptr, *m_gt = nullptr, *m_config = nullptr, *m_output = nullptr,
              *m_init = nullptr;
    QCheckBox* m_resume = nullptr;
    QComboBox *m_preset = nullptr, *m_numLr = nullptr;
    QSpinBox *m_iterations = nullptr, *m_batch = nullptr, *m_crop = nullptr, *m_validateEvery = nullptr,
             *m_checkpointEvery = nullptr, *m_seed = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
};

}  // namespace xrs::app
