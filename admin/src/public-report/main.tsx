import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import { ReportPage } from './ReportPage';

const theme = createTheme({ palette: { primary: { main: '#1b5e20' }, secondary: { main: '#b71c1c' }, background: { default: '#f4f6f4' } } });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ReportPage />
    </ThemeProvider>
  </StrictMode>,
);
