// The router's start-up pieces, in a module of their own so src/main.tsx can load them in a separate task
// (a dynamic import of 'react-router' itself would keep the whole package).
export { createBrowserRouter } from 'react-router';
export { RouterProvider } from 'react-router/dom';
