/** The profile's texts use the shared side-by-side editor (components/ui/bilingual-editor.tsx). */
export { BilingualEditor as BilingualField } from '@/components/ui/bilingual-editor';
