export function App() {
  return <main><h1>Prospector</h1></main>;
}
