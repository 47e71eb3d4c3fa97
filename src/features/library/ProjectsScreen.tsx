import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Input, Label, Modal, ModalOverlay, TextField } from 'react-aria-components';
import { useDateFormatter } from 'react-aria';
import { useT } from '../../ui/i18n/useT.ts';
import { navigate, routeHref } from '../../ui/router.ts';
import { useProjects } from './api/useProjects.ts';
import { useCreateProject } from './api/useCreateProject.ts';
import { useDeleteProject } from './api/useDeleteProject.ts';
import type { ProjectRecord } from '../../storage/tawsimSchema.ts';
import { projectsShortcuts } from './libraryShortcuts.ts';
import { useScreenShortcuts } from '../../ui/shortcuts/ShortcutProvider.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFocusOnArrival } from '../../ui/useFocusOnArrival.ts';

export function ProjectsScreen() {
  const t = useT();
  const projects = useProjects();
  useScreenShortcuts(useMemo(() => projectsShortcuts(t), [t]));
  useDocumentTitle(t('projects.heading'));
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  return (
    <section aria-labelledby="projects-heading" className="projects">
      <div className="screen-head">
        <h1 ref={heading} tabIndex={-1} id="projects-heading">{t('projects.heading')}</h1>
        <NewProjectForm />
      </div>
      {projects.data?.length === 0 ? <p className="muted">{t('projects.empty')}</p> : null}
      <ul className="project-grid">
        {projects.data?.map((project) => (
          <li key={project.id}>
            <ProjectCard project={project} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function NewProjectForm() {
  const t = useT();
  const [name, setName] = useState('');
  const create = useCreateProject();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate(name, {
      onSuccess: (projectId) => {
        setName('');
        navigate({ name: 'project', projectId });
      },
    });
  };
  return (
    <Form onSubmit={submit} className="inline-form">
      <TextField className="field" value={name} onChange={setName} isRequired aria-label={t('projects.name')}>
        <Label>{t('projects.name')}</Label>
        <Input />
      </TextField>
      <Button type="submit" className="button primary" isDisabled={create.isPending}>
        {t('projects.create')}
      </Button>
      {create.error ? <p className="notice error" role="alert">{create.error.message}</p> : null}
    </Form>
  );
}

function ProjectCard({ project }: { project: ProjectRecord }) {
  const t = useT();
  const dates = useDateFormatter({ dateStyle: 'medium' });
  const remove = useDeleteProject();
  return (
    <article className="card project-card">
      <h2>
        <a href={routeHref({ name: 'project', projectId: project.id })}>{project.name}</a>
      </h2>
      <p className="muted">
        {t('projects.documents', { n: project.docCount })} · {t('projects.created', { date: dates.format(new Date(project.createdAt)) })}
      </p>
      <DialogTrigger>
        <Button className="button danger">{t('projects.delete')}</Button>
        <ModalOverlay className="modal-overlay" isDismissable>
          <Modal className="modal small">
            <Dialog role="alertdialog" className="dialog">
              {({ close }) => (
                <>
                  <Heading slot="title">{t('projects.delete')}</Heading>
                  <p>{t('projects.deleteConfirm', { name: project.name })}</p>
                  <div className="actions">
                    <Button className="button" onPress={close} autoFocus>
                      {t('import.cancel')}
                    </Button>
                    <Button className="button primary" onPress={() => remove.mutate(project.id, { onSuccess: close })}>
                      {t('projects.delete')}
                    </Button>
                  </div>
                </>
              )}
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
    </article>
  );
}
