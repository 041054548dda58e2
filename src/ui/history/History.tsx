import { useEffect, useMemo, useState } from 'preact/hooks';
import { ProbeDatabase } from '../../db';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../../settings';
import { t } from '../../i18n/browser';
import { BackupSection, ImportSection } from './DataSections';
import { Overview } from './Overview';
import { PrivacySection } from './PrivacySection';
import { useJob } from './use-job';

export function History() {
  const db = useMemo(() => new ProbeDatabase(), []);
  useEffect(() => () => db.close(), [db]);
  // Bumped after anything that changes the stored history, so the overview reads it again.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const save = (patch: Partial<Settings>) => void saveSettings(patch).then(setSettings);
  const job = useJob(changed);

  return (
    <main>
      <h1>{t('historyTitle')}</h1>
      <p class="muted">{t('historyIntro')}</p>
      <Overview db={db} version={version} />
      <ImportSection job={job} />
      <BackupSection db={db} job={job} />
      <PrivacySection db={db} settings={settings} save={save} onDeleted={changed} />
    </main>
  );
}
