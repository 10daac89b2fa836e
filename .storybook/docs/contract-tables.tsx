/*
 * Tables for the Contract docs page, rendered from the contract package itself so the page can
 * never drift from the code.
 */
import { authErrorCodes, routeGroups, routeIds, routes } from '../../packages/contract/src/index.js';
import { enUS, partNames } from '../../packages/react/src/index.js';
import { scenarioToolbarItems } from '../scenario-toolbar.js';

export function RouteTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Route</th>
          <th scope="col">What it does</th>
          <th scope="col">Parameters</th>
          <th scope="col">Statuses</th>
        </tr>
      </thead>
      <tbody>
        {routeGroups.flatMap((group) =>
          routeIds
            .filter((id) => routes[id].group === group)
            .map((id) => {
              const route = routes[id];
              return (
                <tr key={id}>
                  <td>{group}</td>
                  <td>
                    <code>
                      {route.method} {route.path}
                    </code>
                  </td>
                  <td>{route.summary}</td>
                  <td>
                    {route.parameters.map((parameter, index) => (
                      <span key={parameter.name}>
                        {index > 0 && ', '}
                        <code>{parameter.name}</code> ({parameter.in}
                        {parameter.required ? '' : ', optional'})
                      </span>
                    ))}
                  </td>
                  <td>{route.statuses.join(', ')}</td>
                </tr>
              );
            }),
        )}
      </tbody>
    </table>
  );
}

export function ErrorCodeTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">
            <code>AuthError.code</code>
          </th>
          <th scope="col">What the person reads (enUS)</th>
        </tr>
      </thead>
      <tbody>
        {authErrorCodes.map((code) => (
          <tr key={code}>
            <td>
              <code>{code}</code>
            </td>
            <td>{enUS.errors[code]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ScenarioTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">
            Toolbar / <code>?scenario=</code> text
          </th>
          <th scope="col">The mock answers with</th>
        </tr>
      </thead>
      <tbody>
        {scenarioToolbarItems
          .filter((item) => item.value !== 'none')
          .map((item) => (
            <tr key={item.value}>
              <td>
                <code>{item.value}</code>
              </td>
              <td>{item.title}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

export function PartNameList() {
  return (
    <p>
      {partNames.map((name, index) => (
        <span key={name}>
          {index > 0 && ', '}
          <code>{name}</code>
        </span>
      ))}
    </p>
  );
}
